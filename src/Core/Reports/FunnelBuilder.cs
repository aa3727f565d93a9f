using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Turns one day's bookings and tickets into its booking funnel (<see cref="FunnelRow"/>): per service and channel,
/// bookings made, cancelled and never checked in, then the tickets that entered the queue, were called and were
/// served. A ticket counts under the service that issued its number and the channel it came by
/// (<see cref="VisitChannels"/>); a booking under the service it was made for.
/// </summary>
public static class FunnelBuilder
{
    /// <param name="day">The local day.</param>
    /// <param name="tickets">The day's tickets (others are skipped).</param>
    /// <param name="bookings">The bookings for the day (others are skipped).</param>
    /// <param name="dayOver">Whether the day has ended: a booking still open then counts as expired.</param>
    public static ImmutableArray<FunnelRow> Build(DateOnly day, IEnumerable<Ticket> tickets, IEnumerable<Booking> bookings, bool dayOver)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(bookings);
        var rows = new Dictionary<(string Service, VisitChannel Channel), Tally>();
        var byCode = new Dictionary<string, Booking>(StringComparer.Ordinal);

        Tally At(string service, VisitChannel channel)
        {
            if (!rows.TryGetValue((service, channel), out var tally))
            {
                tally = new Tally();
                rows[(service, channel)] = tally;
            }

            return tally;
        }

        foreach (var booking in bookings)
        {
            if (booking.Date != day)
            {
                continue;
            }

            byCode[booking.Code] = booking;
            var tally = At(booking.ServiceId, VisitChannels.Of(booking.Channel));
            tally.Booked++;
            switch (booking.State)
            {
                case BookingState.Cancelled:
                    tally.Cancelled++;
                    break;
                case BookingState.Expired:
                case BookingState.Booked when dayOver:
                    tally.Expired++;
                    break;
            }
        }

        foreach (var ticket in tickets)
        {
            if (ticket.ServiceDate != day)
            {
                continue;
            }

            var tally = At(ticket.IssuingServiceId, VisitChannels.Of(ticket, code => byCode.GetValueOrDefault(code)));
            tally.CheckedIn++;
            if (TicketMeasures.WaitingTime(ticket) is { } wait)
            {
                tally.Called++;
                tally.Waits.Add(wait);
            }

            if (ticket.Status == TicketStatus.Done)
            {
                tally.Served++;
            }
        }

        return [.. rows
            .OrderBy(r => r.Key.Service, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Channel)
            .Select(r => r.Value.ToRow(r.Key.Service, r.Key.Channel))];
    }

    private sealed class Tally
    {
        public int Booked { get; set; }

        public int Cancelled { get; set; }

        public int Expired { get; set; }

        public int CheckedIn { get; set; }

        public int Called { get; set; }

        public int Served { get; set; }

        public DurationTally Waits { get; } = new();

        public FunnelRow ToRow(string service, VisitChannel channel) => new()
        {
            ServiceId = service,
            Channel = channel,
            Booked = Booked,
            Cancelled = Cancelled,
            Expired = Expired,
            CheckedIn = CheckedIn,
            Called = Called,
            Served = Served,
            WaitTicks = Waits.SumTicks,
            Waits = Waits.ToHistogram(),
        };
    }
}
