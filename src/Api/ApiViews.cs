using System.Globalization;
using MppQueue.Api.Messages;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Turns what the engine knows into the API's messages, all from one <see cref="TodaySnapshot"/> per request (ADR 13)
/// and the engine's own rules (<see cref="ServiceAvailability"/>, <see cref="WaitEstimator"/>, <see cref="TodayRules"/>),
/// never from the store. Domain types never cross the wire.
/// </summary>
public static class ApiViews
{
    private static readonly DayOfWeek[] _week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static AgencyMessage Agency(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return new AgencyMessage(agency.Id, agency.Name, agency.ShortName, agency.DescriptionId, agency.DescriptionEn, Complaint(agency));
    }

    public static ServiceMessage Service(Service service, TodaySnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(snapshot);
        var hours = _week.Select(day => (day, range: service.Hours.For(day)))
            .Where(d => d.range is not null)
            .Select(d => new HoursMessage(d.day.ToString(), Time(d.range!.Start), Time(d.range.End)))
            .ToList();
        return new ServiceMessage(
            service.Id,
            service.AgencyId,
            service.Prefix,
            service.NameId,
            service.NameEn,
            service.DescriptionId,
            service.DescriptionEn,
            service.RequirementsId,
            service.RequirementsEn,
            hours,
            service.FridayBreak is { } pause ? Time(pause.Start) : null,
            service.FridayBreak is { } pauseEnd ? Time(pauseEnd.End) : null,
            service.CutOff is { } cutOff ? Time(cutOff) : null,
            [.. service.ClosedDates.Where(d => d >= snapshot.Day)],
            service.Quota.Total,
            service.StandardWaitMinutes,
            service.StandardServiceMinutes,
            service.Booking.Open,
            Availability(snapshot.Availability(service, now)),
            Complaint(snapshot.Catalog.Agencies.GetValueOrDefault(service.AgencyId)));
    }

    /// <summary>The agency's complaint channel (SP4N-LAPOR!), or null when it has none.</summary>
    private static string? Complaint(Agency? agency) => agency?.ComplaintUrl is { Length: > 0 } url ? url : null;

    public static QueueMessage Queue(Service service, TodaySnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(snapshot);
        var line = snapshot.Line(service.Id);
        var serving = snapshot.Desks.Values
            .Where(d => d.Current is { } current && current.ServiceId == service.Id)
            .OrderBy(d => d.Desk.Number)
            .Select(d => new ServingMessage(d.Current!.Number.ToString(), d.Desk.Id, d.Desk.Number, d.Current.Status.ToString(), d.Current.Status == TicketStatus.Serving ? d.Current.ServingAt : d.Current.CalledAt))
            .ToList();
        var availability = snapshot.Availability(service, now);
        var estimate = snapshot.NewTicketWait(availability);
        return new QueueMessage(
            service.Id,
            now,
            line.Waiting.Length,
            line.DesksOpen,
            serving,
            Minutes(line.OldestWaitingIssuedAt is { } oldest ? now - oldest : null),
            estimate is null ? null : new WaitRangeMessage(estimate.LowMinutes, estimate.HighMinutes, Basis(estimate.Basis)),
            Availability(availability));
    }

    public static TicketMessage Ticket(Ticket ticket, TodaySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(snapshot);
        var catalog = snapshot.Catalog;
        var waiting = ticket.ServiceDate == snapshot.Day ? snapshot.Waiting(ticket) : null;
        return new TicketMessage(
            ticket.Id,
            ticket.Number.ToString(),
            ticket.ServiceId,
            ticket.IssuingServiceId,
            ticket.ServiceDate,
            ticket.Status.ToString(),
            ticket.Priority.ToString(),
            ticket.Channel.ToString(),
            ticket.IssuedAt,
            ticket.FirstCalledAt,
            ticket.ServingAt,
            ticket.FinishedAt,
            waiting?.PeopleAhead,
            [.. ticket.History.Select(m => new MoveMessage(
                m.Sequence,
                m.Kind.ToString(),
                m.At,
                m.From.ToString(),
                m.To.ToString(),
                m.DeskId,
                catalog.FindDesk(m.DeskId)?.Number))]);
    }

    public static ServiceFiguresMessage Figures(Service service, TodaySnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(snapshot);
        var line = snapshot.Line(service.Id);
        var tickets = snapshot.Tickets.Values.Where(t => t.ServiceId == service.Id).ToList();
        var figures = TodayRules.Figures(tickets, deskId: null, officerId: null);
        var availability = snapshot.Availability(service, now);
        return new ServiceFiguresMessage(
            service.Id,
            service.AgencyId,
            Issued: line.Used.Total,
            Waiting: line.Waiting.Length,
            AtDesk: tickets.Count(t => t.IsAtDesk),
            Served: line.Served,
            NoShows: tickets.Count(t => t.Status == TicketStatus.NoShow),
            Cancelled: tickets.Count(t => t.Status == TicketStatus.Cancelled),
            DesksOpen: line.DesksOpen,
            LongestWaitMinutes: Minutes(line.OldestWaitingIssuedAt is { } oldest ? now - oldest : null),
            AverageWaitMinutes: Minutes(figures.AverageWait),
            AverageServiceMinutes: Minutes(figures.AverageServiceTime),
            QuotaTotal: availability.QuotaTotal,
            QuotaLeft: availability.QuotaLeft);
    }

    /// <summary>A booking without its holder: only the last four digits of the phone and the NIK, never the page token.</summary>
    public static BookingMessage Booking(Booking booking, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(catalog);
        var (opens, closes) = catalog.FindService(booking.ServiceId) is { } service
            ? BookingCalendar.CheckInWindow(catalog.Site, service, booking.Date, booking.Window)
            : (SiteClock.ToInstant(booking.Date, booking.Window.Start, catalog.Site.TimeZone), SiteClock.ToInstant(booking.Date, booking.Window.End, catalog.Site.TimeZone));
        return new BookingMessage(
            booking.Code,
            booking.ServiceId,
            booking.Date,
            Time(booking.Window.Start),
            Time(booking.Window.End),
            booking.State.ToString(),
            booking.Channel.ToString(),
            booking.Moves,
            booking.MadeAt,
            booking.CancelledAt,
            opens,
            closes,
            booking.TicketId,
            booking.Phone is { Length: >= 4 } phone ? phone[^4..] : null,
            booking.NikLast4);
    }

    /// <summary>A day's booking sessions with the places left, or why the day cannot be booked (in English).</summary>
    public static SessionsMessage Sessions(BookingOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var refusal = offer.Refusal is { } code ? new QueueError(code, Detail: offer.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;
        return new SessionsMessage(
            offer.Service.Id,
            offer.Date,
            refusal is null,
            refusal?.Code.ToString(),
            refusal?.Describe(ApiProblems.English),
            [.. offer.Sessions.Select(s => new SessionMessage(Time(s.Window.Start), Time(s.Window.End), s.Capacity, s.Left))]);
    }

    public static AvailabilityMessage Availability(ServiceAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return new AvailabilityMessage(
            availability.State.ToString(),
            availability.IsOpen,
            availability.NextOpening,
            availability.QuotaLeft,
            availability.QuotaTotal,
            availability.TodayHours is { } today ? Time(today.Start) : null,
            availability.TodayHours is { } todayEnd ? Time(todayEnd.End) : null);
    }

    private static string Basis(WaitEstimateBasis basis) => basis == WaitEstimateBasis.RecentServices ? "Recent" : "Standard";

    private static string Time(TimeOnly time) => time.ToString("HH\\:mm", CultureInfo.InvariantCulture);

    private static int? Minutes(TimeSpan? span) => span is { } s ? (int)Math.Max(0, Math.Round(s.TotalMinutes)) : null;
}
