using MppQueue.Core;

namespace MppQueue.Kiosk.Board;

/// <summary>What a ticket slip tells its visitor, read from the engine at one moment.</summary>
/// <param name="DeskNumbers">The active desks that serve the ticket's service, in number order.</param>
/// <param name="Estimate">The wait range now; null when no desk is open.</param>
public sealed record TicketFacts(
    Ticket Ticket,
    Site Site,
    Service Service,
    Agency? Agency,
    Zone? Zone,
    ValueList<int> DeskNumbers,
    int PeopleAhead,
    WaitEstimate? Estimate);
