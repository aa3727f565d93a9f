namespace MppQueue.Core;

/// <summary>One try to send a notice: when, on which channel, and what came back (an HTTP status, or why it failed).</summary>
public sealed record NoticeAttempt(DateTimeOffset At, NoticeChannel Channel, bool Ok, int? Status, string? Error);
