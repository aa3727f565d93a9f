using MppQueue.Core;

namespace MppQueue.Counter.Components;

/// <summary>Why the desk pauses, and the officer's words for "other".</summary>
public sealed record PauseChoice(PauseReason Reason, string? Note);
