using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The stored shape of <see cref="Ticket"/>: the number split into prefix and sequence, instants as
/// UTC ticks, and <see cref="LastSequence"/> copied out of the history so that it can be indexed.
/// </summary>
internal sealed class TicketDocument
{
    public string Id { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    public string ServiceId { get; set; } = string.Empty;

    public string IssuingServiceId { get; set; } = string.Empty;

    public string Prefix { get; set; } = string.Empty;

    public int Sequence { get; set; }

    /// <summary>The local service day as yyyymmdd.</summary>
    public int ServiceDate { get; set; }

    public string Status { get; set; } = string.Empty;

    public string Priority { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string? BookingCode { get; set; }

    public string? KioskId { get; set; }

    public string? IdempotencyKey { get; set; }

    public long IssuedAtUtcTicks { get; set; }

    public long ArrivedAtUtcTicks { get; set; }

    public long? FirstCalledAtUtcTicks { get; set; }

    public long? CalledAtUtcTicks { get; set; }

    public long? ServingAtUtcTicks { get; set; }

    public long? FinishedAtUtcTicks { get; set; }

    public long? NoShowAtUtcTicks { get; set; }

    public long? CancelledAtUtcTicks { get; set; }

    public string? DeskId { get; set; }

    public string? OfficerId { get; set; }

    public int RecallCount { get; set; }

    public string? TransferredFromServiceId { get; set; }

    public List<TicketMoveDocument> History { get; set; } = [];

    public long LastSequence { get; set; }

    public static TicketDocument From(Ticket ticket) => new()
    {
        Id = ticket.Id,
        Token = ticket.Token,
        ServiceId = ticket.ServiceId,
        IssuingServiceId = ticket.IssuingServiceId,
        Prefix = ticket.Number.Prefix,
        Sequence = ticket.Number.Sequence,
        ServiceDate = StorageFormat.ToDay(ticket.ServiceDate),
        Status = StorageFormat.ToName(ticket.Status),
        Priority = StorageFormat.ToName(ticket.Priority),
        Channel = StorageFormat.ToName(ticket.Channel),
        BookingCode = ticket.BookingCode,
        KioskId = ticket.KioskId,
        IdempotencyKey = ticket.IdempotencyKey,
        IssuedAtUtcTicks = StorageFormat.ToUtcTicks(ticket.IssuedAt),
        ArrivedAtUtcTicks = StorageFormat.ToUtcTicks(ticket.ArrivedAt),
        FirstCalledAtUtcTicks = StorageFormat.ToUtcTicks(ticket.FirstCalledAt),
        CalledAtUtcTicks = StorageFormat.ToUtcTicks(ticket.CalledAt),
        ServingAtUtcTicks = StorageFormat.ToUtcTicks(ticket.ServingAt),
        FinishedAtUtcTicks = StorageFormat.ToUtcTicks(ticket.FinishedAt),
        NoShowAtUtcTicks = StorageFormat.ToUtcTicks(ticket.NoShowAt),
        CancelledAtUtcTicks = StorageFormat.ToUtcTicks(ticket.CancelledAt),
        DeskId = ticket.DeskId,
        OfficerId = ticket.OfficerId,
        RecallCount = ticket.RecallCount,
        TransferredFromServiceId = ticket.TransferredFromServiceId,
        History = [.. ticket.History.Select(TicketMoveDocument.FromMove)],
        LastSequence = ticket.LastSequence,
    };

    public Ticket ToTicket() => new()
    {
        Id = Id,
        Token = Token,
        ServiceId = ServiceId,
        IssuingServiceId = IssuingServiceId,
        Number = new TicketNumber(Prefix, Sequence),
        ServiceDate = StorageFormat.FromDay(ServiceDate),
        Status = StorageFormat.ParseName<TicketStatus>(Status),
        Priority = StorageFormat.ParseName<PriorityGroup>(Priority),
        Channel = StorageFormat.ParseName<TicketChannel>(Channel),
        BookingCode = BookingCode,
        KioskId = KioskId,
        IdempotencyKey = IdempotencyKey,
        IssuedAt = StorageFormat.FromUtcTicks(IssuedAtUtcTicks),
        ArrivedAt = StorageFormat.FromUtcTicks(ArrivedAtUtcTicks),
        FirstCalledAt = StorageFormat.FromUtcTicks(FirstCalledAtUtcTicks),
        CalledAt = StorageFormat.FromUtcTicks(CalledAtUtcTicks),
        ServingAt = StorageFormat.FromUtcTicks(ServingAtUtcTicks),
        FinishedAt = StorageFormat.FromUtcTicks(FinishedAtUtcTicks),
        NoShowAt = StorageFormat.FromUtcTicks(NoShowAtUtcTicks),
        CancelledAt = StorageFormat.FromUtcTicks(CancelledAtUtcTicks),
        DeskId = DeskId,
        OfficerId = OfficerId,
        RecallCount = RecallCount,
        TransferredFromServiceId = TransferredFromServiceId,
        History = [.. History.Select(m => m.ToMove())],
    };
}
