namespace MppQueue.Core;

/// <summary>A waiting ticket in its service's calling order, with the people ahead of it and its estimated wait.</summary>
/// <param name="Ranked">The ticket and how the service's policy ranks it.</param>
/// <param name="PeopleAhead">Tickets of the same service that would be called first.</param>
/// <param name="Estimate">The wait range, or null when no desk is open for the service.</param>
public sealed record WaitingTicket(RankedTicket Ranked, int PeopleAhead, WaitEstimate? Estimate)
{
    public Ticket Ticket => Ranked.Ticket;
}
