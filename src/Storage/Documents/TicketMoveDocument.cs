using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of one <see cref="TicketMove"/>, embedded in its <see cref="TicketDocument"/>.</summary>
internal sealed class TicketMoveDocument
{
    public long Sequence { get; set; }

    public string Kind { get; set; } = string.Empty;

    public long AtUtcTicks { get; set; }

    public string From { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public string? DeskId { get; set; }

    public string? OfficerId { get; set; }

    public string? Note { get; set; }

    public static TicketMoveDocument FromMove(TicketMove move) => new()
    {
        Sequence = move.Sequence,
        Kind = StorageFormat.ToName(move.Kind),
        AtUtcTicks = StorageFormat.ToUtcTicks(move.At),
        From = StorageFormat.ToName(move.From),
        To = StorageFormat.ToName(move.To),
        DeskId = move.DeskId,
        OfficerId = move.OfficerId,
        Note = move.Note,
    };

    public TicketMove ToMove() => new(
        Sequence,
        StorageFormat.ParseName<MoveKind>(Kind),
        StorageFormat.FromUtcTicks(AtUtcTicks),
        StorageFormat.ParseName<TicketStatus>(From),
        StorageFormat.ParseName<TicketStatus>(To),
        DeskId,
        OfficerId,
        Note);
}
