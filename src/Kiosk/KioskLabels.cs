using System.Globalization;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Printing;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk;

/// <summary>What a visitor reads at the kiosk for the queue's values, in the current language.</summary>
public static class KioskLabels
{
    public static string Priority(PriorityGroup group) => group switch
    {
        PriorityGroup.Elderly => KioskText.PriorityElderly,
        PriorityGroup.Disabled => KioskText.PriorityDisabled,
        PriorityGroup.Pregnant => KioskText.PriorityPregnant,
        PriorityGroup.WithChild => KioskText.PriorityWithChild,
        _ => KioskText.PriorityNone,
    };

    public static string Minutes(WaitEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Labels.Format(KioskText.Minutes, estimate.LowMinutes, estimate.HighMinutes);
    }

    public static string Estimate(WaitEstimate? estimate) =>
        estimate is null ? KioskText.WaitUnknown : Labels.Format(KioskText.WaitEstimate, estimate.LowMinutes, estimate.HighMinutes);

    /// <summary>"Loket 3, 4, 5" ("Desk 3, 4, 5").</summary>
    public static string Desks(IReadOnlyList<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return numbers.Count == 0 ? "—" : Labels.Format(UiText.DeskLabel, string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.CurrentCulture))));
    }

    /// <summary>The agency's full name (a printed ticket and the slip have room for it).</summary>
    public static string AgencyFullName(Agency? agency) => agency?.Name ?? string.Empty;

    /// <summary>The paper ticket's words, from the same facts as the slip on the screen.</summary>
    /// <param name="link">The ticket's own page.</param>
    /// <param name="live">The building live under the same public address (the slip's second QR code).</param>
    public static PrintedTicket Printout(TicketFacts facts, Uri link, Uri live)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(live);
        var lines = new List<KeyValuePair<string, string>>
        {
            new(KioskText.TicketWaitIn, facts.Zone?.Name ?? "—"),
            new(KioskText.TicketDesks, KioskLabels.Desks(facts.DeskNumbers)),
            new(KioskText.TicketPeopleAhead, Labels.Format(KioskText.People, facts.PeopleAhead)),
        };
        if (facts.Estimate is { } estimate)
        {
            lines.Add(new(KioskText.TicketEstimate, Minutes(estimate)));
        }

        if (facts.Ticket.IsPriority)
        {
            lines.Add(new(Labels.Format(KioskText.PriorityLabel, string.Empty).TrimEnd(' ', ':'), Priority(facts.Ticket.Priority)));
        }

        lines.Add(new(KioskText.TicketTakenAt, Labels.DateTime(facts.Ticket.IssuedAt, facts.Site)));
        return new PrintedTicket(
            facts.Site.Name,
            KioskText.TicketYourNumber,
            facts.Ticket.Number.ToString(),
            Labels.Service(facts.Service),
            AgencyFullName(facts.Agency),
            lines,
            link.AbsoluteUri,
            KioskText.TicketScanQr,
            KioskText.TicketKeep,
            live,
            SlipText.LiveCaption);
    }
}
