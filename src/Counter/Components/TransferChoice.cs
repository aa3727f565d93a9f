using MppQueue.Core;

namespace MppQueue.Counter.Components;

/// <summary>Where the officer sends a ticket, and what they tell the receiving desk.</summary>
public sealed record TransferChoice(Service Service, string? Note);
