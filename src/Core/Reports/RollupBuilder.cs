using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Turns one day's tickets into rollup rows. Each ticket counts under up to three keys (service, desk, officer):
/// <list type="bullet">
/// <item>issued, the hour it was issued, its waiting time and whether that was within the standard: under the
/// service that issued the number, with the desk and officer of its first call (none when never called);</item>
/// <item>its outcome (served with its service time, no-show, cancelled, or unfinished): under the service it
/// ended in, with the desk and officer of the finishing or no-show move, or its last desk;</item>
/// <item>each transfer: under the service it left, with the transferring desk and officer.</item>
/// </list>
/// So over the whole MPP, issued = served + no-show + cancelled + unfinished. The day's booking funnel is built
/// beside the rows by <see cref="FunnelBuilder"/>.
/// </summary>
public static class RollupBuilder
{
    /// <param name="day">The local day.</param>
    /// <param name="tickets">The day's tickets (others are skipped).</param>
    /// <param name="bookings">The bookings for the day (others are skipped); a booking still open counts as expired once <paramref name="builtAt"/> is past the day.</param>
    /// <param name="catalog">The catalog, for standards, quotas and the time zone.</param>
    /// <param name="builtAt">Now.</param>
    public static RollupDay Build(DateOnly day, IReadOnlyCollection<Ticket> tickets, IEnumerable<Booking> bookings, SiteCatalog catalog, DateTimeOffset builtAt)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(catalog);
        var zone = catalog.Site.TimeZone;
        var rows = new Dictionary<(string Service, string? Desk, string? Officer), Tally>();
        var count = 0;

        Tally At(string service, string? desk, string? officer)
        {
            if (!rows.TryGetValue((service, desk, officer), out var tally))
            {
                tally = new Tally();
                rows[(service, desk, officer)] = tally;
            }

            return tally;
        }

        foreach (var ticket in tickets)
        {
            if (ticket.ServiceDate != day)
            {
                continue;
            }

            count++;
            var firstCall = TicketMeasures.FirstCall(ticket);
            var arrival = At(ticket.IssuingServiceId, firstCall?.DeskId, firstCall?.OfficerId);
            arrival.Issued++;
            arrival.ByHour[SiteClock.ToLocal(ticket.IssuedAt, zone).Hour]++;
            if (TicketMeasures.WaitingTime(ticket) is { } wait)
            {
                arrival.Waits.Add(wait);
                var standard = catalog.FindService(ticket.IssuingServiceId)?.StandardWaitMinutes;
                if (standard is { } minutes && wait <= TimeSpan.FromMinutes(minutes))
                {
                    arrival.WithinStandard++;
                }
            }

            CountOutcome(ticket, At);
            CountTransfers(ticket, At);
        }

        var built = rows
            .OrderBy(r => r.Key.Service, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Desk, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Officer, StringComparer.Ordinal)
            .Select(r => r.Value.ToRow(day, r.Key.Service, r.Key.Desk, r.Key.Officer))
            .ToImmutableArray();
        var dayOver = DateOnly.FromDateTime(SiteClock.ToLocal(builtAt, zone)) > day;
        return new RollupDay(day, builtAt, count, built, QuotasOf(day, catalog))
        {
            Funnel = FunnelBuilder.Build(day, tickets, bookings, dayOver),
        };
    }

    /// <summary>Each active service's quota on a day: its daily total, or 0 when it is closed that day.</summary>
    public static ImmutableDictionary<string, int> QuotasOf(DateOnly day, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Services.Values
            .Where(s => s.Active)
            .ToImmutableDictionary(
                s => s.Id,
                s => ServiceCalendar.IsClosedDay(catalog.Site, s, day) ? 0 : s.Quota.Total,
                StringComparer.Ordinal);
    }

    private static void CountOutcome(Ticket ticket, Func<string, string?, string?, Tally> at)
    {
        switch (ticket.Status)
        {
            case TicketStatus.Done:
                var finish = TicketMeasures.FinishMove(ticket);
                var served = at(ticket.ServiceId, finish?.DeskId ?? ticket.DeskId, finish?.OfficerId ?? ticket.OfficerId);
                served.Served++;
                if (TicketMeasures.ServiceTime(ticket) is { } time)
                {
                    served.ServiceTimes.Add(time);
                }

                break;
            case TicketStatus.NoShow:
                var noShow = ticket.History.LastOrDefault(m => m.Kind == MoveKind.NoShow);
                at(ticket.ServiceId, noShow?.DeskId ?? ticket.DeskId, noShow?.OfficerId ?? ticket.OfficerId).NoShow++;
                break;
            case TicketStatus.Cancelled:
                at(ticket.ServiceId, null, null).Cancelled++;
                break;
            default:
                at(ticket.ServiceId, ticket.DeskId, ticket.DeskId is null ? null : ticket.OfficerId).Unfinished++;
                break;
        }
    }

    /// <summary>
    /// A transfer move does not name the service it left: the first one left the issuing service, a later one is
    /// put on <see cref="Ticket.TransferredFromServiceId"/> (exact for up to two transfers of one ticket).
    /// </summary>
    private static void CountTransfers(Ticket ticket, Func<string, string?, string?, Tally> at)
    {
        var seen = 0;
        foreach (var move in ticket.History)
        {
            if (move.Kind != MoveKind.Transfer)
            {
                continue;
            }

            var from = seen == 0 ? ticket.IssuingServiceId : ticket.TransferredFromServiceId ?? ticket.IssuingServiceId;
            at(from, move.DeskId, move.OfficerId).Transferred++;
            seen++;
        }
    }

    private sealed class Tally
    {
        public int Issued { get; set; }

        public int Served { get; set; }

        public int NoShow { get; set; }

        public int Cancelled { get; set; }

        public int Transferred { get; set; }

        public int Unfinished { get; set; }

        public int WithinStandard { get; set; }

        public int[] ByHour { get; } = new int[24];

        public DurationTally Waits { get; } = new();

        public DurationTally ServiceTimes { get; } = new();

        public RollupRow ToRow(DateOnly day, string service, string? desk, string? officer) => new()
        {
            Day = day,
            ServiceId = service,
            DeskId = desk,
            OfficerId = officer,
            Issued = Issued,
            Served = Served,
            NoShow = NoShow,
            Cancelled = Cancelled,
            Transferred = Transferred,
            Unfinished = Unfinished,
            WithinStandard = WithinStandard,
            WaitTicks = Waits.SumTicks,
            Waits = Waits.ToHistogram(),
            ServiceTicks = ServiceTimes.SumTicks,
            ServiceTimes = ServiceTimes.ToHistogram(),
            IssuedByHour = [.. ByHour],
        };
    }
}
