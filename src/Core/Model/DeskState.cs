namespace MppQueue.Core;

/// <summary>The live state of a desk that is stored: whether it is paused, why and since when.</summary>
public sealed record DeskState
{
    public required string DeskId { get; init; }

    public bool Paused { get; init; }

    public PauseReason? Reason { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset? Since { get; init; }

    public string? OfficerId { get; init; }

    /// <summary>The officer working at the desk now (one at a time); a sign-in lasts until local midnight.</summary>
    public string? SignedInOfficerId { get; init; }

    public DateTimeOffset? SignedInAt { get; init; }

    public long LastSequence { get; init; }
}
