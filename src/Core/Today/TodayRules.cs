using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The rules that turn the day's tickets into what is shown, written once: a service's line (calling order,
/// people ahead, wait range, quota used, served), a desk's line, today's figures of a desk or an officer, and the
/// recent calls of a zone. <see cref="TodaySnapshot"/> applies them both from scratch and after each move.
/// </summary>
public static class TodayRules
{
    /// <summary>How many of a zone's latest calls the snapshot keeps (the wall shows the newest and a few before it).</summary>
    public const int RecentCallsKept = 30;

    /// <summary>
    /// Whether the ticket counts as a call on the walls: called once and still at or done with a desk. A held ticket
    /// does not: the visitor was sent away to wait, and a wall that still showed it as the latest call would send
    /// the hall to a desk that calls someone else; it shows again when the desk resumes it (a call).
    /// </summary>
    public static bool ShowsAsCall(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.CalledAt is not null && ticket.DeskId is not null
            && ticket.Status is TicketStatus.Called or TicketStatus.Serving or TicketStatus.Done or TicketStatus.NoShow;
    }

    /// <summary>The sequence of the ticket's latest call (a recall counts as a call again); 0 when never called.</summary>
    public static long CallSequence(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.LastCall?.Sequence ?? 0;
    }

    /// <summary>A zone's calls, newest first by their call's sequence, at most <see cref="RecentCallsKept"/>.</summary>
    public static ImmutableArray<Ticket> RecentCalls(IEnumerable<Ticket> tickets, SiteCatalog catalog, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. tickets
            .Where(t => ShowsAsCall(t) && catalog.FindDesk(t.DeskId)?.ZoneId == zoneId)
            .Select(t => (Ticket: t, Sequence: CallSequence(t)))
            .OrderByDescending(c => c.Sequence)
            .ThenBy(c => c.Ticket.Id, StringComparer.Ordinal)
            .Take(RecentCallsKept)
            .Select(c => c.Ticket)];
    }

    /// <summary>A service's line from its tickets (<paramref name="ofService"/>: where they wait now; <paramref name="issuedBy"/>: whose quota they took).</summary>
    public static ServiceLine Line(Service service, IReadOnlyCollection<Ticket> ofService, IReadOnlyCollection<Ticket> issuedBy, int desksOpen)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(ofService);
        ArgumentNullException.ThrowIfNull(issuedBy);
        var pace = WaitEstimator.Pace(
            WaitEstimator.RecentServiceTimes(ofService, service.Id),
            Math.Max(1, service.StandardServiceMinutes));
        if (ofService.Count == 0 && issuedBy.Count == 0)
        {
            return ServiceLine.Empty(service.Id, desksOpen, pace);
        }

        var ranked = CallOrder.ForService(
            ofService.Where(t => t.Status == TicketStatus.Waiting),
            service.Policy,
            CallOrder.RegularSinceLastPriority(ofService));
        var waiting = ImmutableArray.CreateBuilder<WaitingTicket>(ranked.Count);
        DateTimeOffset? oldest = null;
        DateTimeOffset? longestInQueue = null;
        for (var place = 0; place < ranked.Count; place++)
        {
            var ticket = ranked[place].Ticket;
            waiting.Add(new WaitingTicket(ranked[place], place, WaitEstimator.Estimate(place, desksOpen, pace)));
            oldest = oldest is null || ticket.IssuedAt < oldest ? ticket.IssuedAt : oldest;
            var joined = JoinedQueueAt(ticket);
            longestInQueue = longestInQueue is null || joined < longestInQueue ? joined : longestInQueue;
        }

        return new ServiceLine(
            service.Id,
            waiting.MoveToImmutable(),
            desksOpen,
            pace,
            QuotaUse.Count(issuedBy, service.Quota),
            ofService.Count(t => t.Status == TicketStatus.Done),
            oldest,
            Touched: true,
            OldestWaitingSince: longestInQueue);
    }

    /// <summary>
    /// When a waiting ticket joined the queue it waits in: its latest issue, check-in, transfer (into the service it
    /// waits for now) or restore after a no-show. A postponement keeps it in the same queue, so it does not count.
    /// </summary>
    public static DateTimeOffset JoinedQueueAt(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.History.FindLast(m => m.Kind is MoveKind.Issue or MoveKind.CheckIn or MoveKind.Transfer or MoveKind.Restore)?.At
            ?? ticket.IssuedAt;
    }

    /// <summary>When the latest move made at the desk among <paramref name="tickets"/> was made, or null when none was.</summary>
    public static DateTimeOffset? LastMoveAt(IEnumerable<Ticket> tickets, string deskId)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        DateTimeOffset? last = null;
        foreach (var move in tickets.SelectMany(t => t.History))
        {
            if (move.DeskId == deskId && (last is null || move.At > last))
            {
                last = move.At;
            }
        }

        return last;
    }

    /// <summary>
    /// Today's figures for a desk, an officer, or both (null means any), from the tickets they moved:
    /// calls, served, no-shows, transfers, mean service time and mean wait of those served.
    /// </summary>
    public static DeskFigures Figures(IEnumerable<Ticket> tickets, string? deskId, string? officerId)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        bool Mine(TicketMove m) => (deskId is null || m.DeskId == deskId) && (officerId is null || m.OfficerId == officerId);
        var list = tickets as IReadOnlyCollection<Ticket> ?? [.. tickets];
        var finished = list.Where(t => t.Status == TicketStatus.Done && t.History.Any(m => m.Kind == MoveKind.Finish && Mine(m))).ToList();
        int called = 0, noShows = 0, transferred = 0;
        foreach (var move in list.SelectMany(t => t.History).Where(Mine))
        {
            switch (move.Kind)
            {
                case MoveKind.Call or MoveKind.CallSpecific: called++; break;
                case MoveKind.NoShow: noShows++; break;
                case MoveKind.Transfer: transferred++; break;
                default: break;
            }
        }

        return new DeskFigures(
            Called: called,
            Served: finished.Count,
            NoShows: noShows,
            Transferred: transferred,
            AverageServiceTime: Average(finished.Where(t => t.ServingAt is not null).Select(t => t.FinishedAt!.Value - t.ServingAt!.Value)),
            AverageWait: Average(finished.Where(t => t.FirstCalledAt is not null).Select(t => t.FirstCalledAt!.Value - t.IssuedAt)));
    }

    private static TimeSpan? Average(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0 ? null : TimeSpan.FromTicks((long)list.Average(s => s.Ticks));
    }
}
