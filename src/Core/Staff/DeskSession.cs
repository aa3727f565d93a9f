namespace MppQueue.Core;

/// <summary>An officer's time signed in at a desk, as the audit trail records it.</summary>
public sealed record DeskSession(string OfficerId, string DeskId, DateTimeOffset Start, DateTimeOffset End, bool SignedOut);
