using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>One service's day in the <see cref="TodaySnapshot"/>: its queue in calling order and its figures.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="Waiting">Waiting tickets in the order they would be called, each with its place and wait range.</param>
/// <param name="DesksOpen">Active desks serving the service with an officer signed in and not paused.</param>
/// <param name="Pace">The service times the wait estimate uses.</param>
/// <param name="Used">Today's tickets issued for the service, by quota channel.</param>
/// <param name="Served">Tickets of the service finished today.</param>
/// <param name="OldestWaitingIssuedAt">When the longest-waiting ticket was issued, or null with nobody waiting.</param>
/// <param name="OldestWaitingSince">
/// When the waiting ticket that has been in this service's queue longest joined it (issued, checked in, transferred
/// here or put back after a no-show), or null with nobody waiting. Unlike <paramref name="OldestWaitingIssuedAt"/>,
/// a ticket transferred here counts from its transfer: until then it was not waiting for this service's desks.
/// </param>
/// <param name="Touched">Whether any ticket of today was issued for, waits for or was served by the service.</param>
public sealed record ServiceLine(
    string ServiceId,
    ImmutableArray<WaitingTicket> Waiting,
    int DesksOpen,
    WaitPace Pace,
    QuotaUse Used,
    int Served,
    DateTimeOffset? OldestWaitingIssuedAt,
    bool Touched,
    DateTimeOffset? OldestWaitingSince = null)
{
    /// <summary>The line of a service with no tickets today.</summary>
    public static ServiceLine Empty(string serviceId, int desksOpen, WaitPace pace) =>
        new(serviceId, [], desksOpen, pace, QuotaUse.None, 0, null, false);

    /// <summary>The waiting ticket with this id, or null when it does not wait in this service.</summary>
    public WaitingTicket? Find(string ticketId)
    {
        foreach (var waiting in Waiting)
        {
            if (waiting.Ticket.Id == ticketId)
            {
                return waiting;
            }
        }

        return null;
    }
}
