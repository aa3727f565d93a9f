using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="DeskState"/>, keyed by the desk's id.</summary>
internal sealed class DeskStateDocument
{
    public string DeskId { get; set; } = string.Empty;

    public bool Paused { get; set; }

    public string? Reason { get; set; }

    public string? Note { get; set; }

    public long? SinceUtcTicks { get; set; }

    public string? OfficerId { get; set; }

    public long LastSequence { get; set; }

    public string? SignedInOfficerId { get; set; }

    public long? SignedInAtUtcTicks { get; set; }

    public static DeskStateDocument From(DeskState state) => new()
    {
        DeskId = state.DeskId,
        Paused = state.Paused,
        Reason = StorageFormat.ToName(state.Reason),
        Note = state.Note,
        SinceUtcTicks = StorageFormat.ToUtcTicks(state.Since),
        OfficerId = state.OfficerId,
        LastSequence = state.LastSequence,
        SignedInOfficerId = state.SignedInOfficerId,
        SignedInAtUtcTicks = StorageFormat.ToUtcTicks(state.SignedInAt),
    };

    public DeskState ToDeskState() => new()
    {
        DeskId = DeskId,
        Paused = Paused,
        Reason = StorageFormat.ParseName<PauseReason>(Reason, none: null),
        Note = Note,
        Since = StorageFormat.FromUtcTicks(SinceUtcTicks),
        OfficerId = OfficerId,
        LastSequence = LastSequence,
        SignedInOfficerId = SignedInOfficerId,
        SignedInAt = StorageFormat.FromUtcTicks(SignedInAtUtcTicks),
    };
}
