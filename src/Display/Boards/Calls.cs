using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Boards;

/// <summary>Turns tickets into what a screen shows of a call.</summary>
public static class Calls
{
    /// <summary>The moves that bring a visitor to a desk, and so are shown and announced.</summary>
    public static bool IsCall(QueueEventKind kind) =>
        kind is QueueEventKind.TicketCalled or QueueEventKind.TicketRecalled or QueueEventKind.TicketResumed;

    public static CallView View(Ticket ticket, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(catalog);
        var desk = catalog.FindDesk(ticket.DeskId);
        var service = catalog.FindService(ticket.ServiceId);
        var agency = service is not null && catalog.Agencies.TryGetValue(service.AgencyId, out var a) ? a : null;
        var lastCall = ticket.LastCall;
        return new CallView(
            ticket.Number.ToString(),
            desk?.Number ?? 0,
            desk is null ? string.Empty : Labels.Desk(desk),
            service is null ? string.Empty : WaitingView.ShortName(Labels.Service(service)),
            agency is null ? string.Empty : WaitingView.ShortName(Labels.AgencyName(agency)),
            lastCall?.Sequence ?? ticket.LastSequence,
            lastCall?.Kind == MoveKind.Recall);
    }
}
