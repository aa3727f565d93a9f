namespace MppQueue.Core;

/// <summary>A waiting ticket in calling order: <see cref="Promoted"/> when its service's policy lifts it over plain arrival order.</summary>
public sealed record RankedTicket(Ticket Ticket, bool Promoted, DateTimeOffset EffectiveArrival);
