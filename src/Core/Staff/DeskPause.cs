namespace MppQueue.Core;

/// <summary>A desk's pause, as the audit trail records it.</summary>
public sealed record DeskPause(string DeskId, PauseReason Reason, DateTimeOffset Start, DateTimeOffset End);
