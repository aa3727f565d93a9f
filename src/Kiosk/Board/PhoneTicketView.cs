using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk.Board;

/// <summary>
/// What the visitor's phone page shows for one ticket, read from one snapshot of today: the ticket's facts, the desk
/// that called it, whether it is today's, whether its turn is near, the desks open and the people behind (for
/// "saya terlambat"), and the key of its current call (a recall is a new call, so it opens the notice again).
/// A plain class, so the page's rules are tested without rendering.
/// </summary>
public sealed record PhoneTicketView(
    TicketFacts Facts,
    Desk? Desk,
    Zone? DeskZone,
    bool IsToday,
    bool IsWaiting,
    bool Soon,
    int DesksOpen,
    int Behind,
    bool Postponed,
    string? CallKey)
{
    /// <summary>The page of the ticket behind <paramref name="token"/>, or null for an unknown token.</summary>
    public static PhoneTicketView? Read(QueueEngine engine, TodaySnapshot today, string? token)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(today);
        if (new KioskBoard(engine, today).Facts(token) is not { } facts)
        {
            return null;
        }

        var ticket = facts.Ticket;
        var isToday = ticket.ServiceDate == today.Day;
        var desk = today.Catalog.FindDesk(ticket.DeskId);
        var place = isToday ? today.Waiting(ticket) : null;
        var line = today.Line(ticket.ServiceId);
        var waiting = place is not null;
        return new PhoneTicketView(
            facts,
            desk,
            desk is not null && today.Catalog.Zones.TryGetValue(desk.ZoneId, out var zone) ? zone : facts.Zone,
            isToday,
            waiting,
            waiting && facts.PeopleAhead <= facts.Site.SoonPlaces,
            waiting ? line.DesksOpen : 0,
            waiting ? line.Waiting.Length - place!.PeopleAhead - 1 : 0,
            ticket.History.Any(m => m.Kind == MoveKind.Postpone),
            isToday && ticket.Status == TicketStatus.Called
                ? string.Create(CultureInfo.InvariantCulture, $"{ticket.CalledAt?.UtcTicks}:{ticket.RecallCount}")
                : null);
    }

    /// <summary>How the wait range was reached, in one short line: the recent visits or the standard time, and the desks open.</summary>
    public string EstimateBasis
    {
        get
        {
            if (Facts.Estimate is not { } estimate)
            {
                return KioskText.PhoneEstimateNoDesk;
            }

            var service = Labels.Service(Facts.Service);
            var typical = Math.Max(1, (int)Math.Round(estimate.TypicalServiceTime.TotalMinutes, MidpointRounding.AwayFromZero));
            return estimate.Basis == WaitEstimateBasis.RecentServices
                ? Labels.Format(KioskText.PhoneEstimateRecent, estimate.SampleCount, service, typical, DesksOpen)
                : Labels.Format(KioskText.PhoneEstimateStandard, service, typical, DesksOpen);
        }
    }

    /// <summary>Why "saya terlambat" cannot be used now, or null when it can: once per ticket, and only with someone behind.</summary>
    public string? LateRefusal => Postponed ? KioskText.ActionLateUsed : Behind <= 0 ? KioskText.ActionLateNobody : null;

    /// <summary>Why the survey is not offered for a ticket that was not served, in the page's language.</summary>
    public string NotServed(CultureInfo culture) =>
        new SurveyError(SurveyErrorCode.TicketNotServed, Facts.Ticket.Number.ToString(), Facts.Ticket.Status).Describe(culture);

    /// <summary>
    /// Whether a move can change this page: its own ticket, its service's queue or desks, or the configuration. A
    /// ticket that is done or cancelled shows nothing of its queue any more (only itself, the survey and the complaint),
    /// so only its own moves and the configuration concern it.
    /// </summary>
    public static bool Concerns(Ticket ticket, QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(queueEvent);
        if (queueEvent.Ticket?.Id == ticket.Id || queueEvent.Kind == QueueEventKind.CatalogChanged)
        {
            return true;
        }

        if (ticket.Status is TicketStatus.Done or TicketStatus.Cancelled)
        {
            return false;
        }

        var serviceId = ticket.ServiceId;
        return queueEvent.Ticket?.ServiceId == serviceId
            || queueEvent.FromServiceId == serviceId
            || queueEvent.Desk?.ServiceIds.Contains(serviceId) == true;
    }
}
