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

    public long LastSequence { get; init; }
}
