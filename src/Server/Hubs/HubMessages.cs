using MppQueue.Core;

namespace MppQueue.Server.Hubs;

/// <summary>Turns domain values into wire messages (the domain types never cross the wire).</summary>
public static class HubMessages
{
    /// <summary>A ticket's current call (<see cref="Ticket.LastCall"/>) as the wall screen shows it: its sequence, and a recall when that call was one.</summary>
    public static CallMessage? CurrentCall(Ticket ticket, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.LastCall is { } call ? Call(ticket, catalog, call.Sequence, call.Kind == MoveKind.Recall) : null;
    }

    public static CallMessage? Call(Ticket ticket, SiteCatalog catalog, long sequence, bool isRecall)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(catalog);
        var desk = catalog.FindDesk(ticket.DeskId);
        var service = catalog.FindService(ticket.ServiceId);
        if (desk is null || service is null)
        {
            return null;
        }

        var at = ticket.LastCall?.At ?? ticket.CalledAt ?? ticket.IssuedAt;
        return new CallMessage(sequence, desk.ZoneId, ticket.Number.ToString(), desk.Id, desk.Number, desk.Name, service.Id, service.NameId, service.NameEn, isRecall, at);
    }

    public static TicketMessage Ticket(Ticket ticket, SiteCatalog catalog, int peopleAhead, WaitEstimate? estimate = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(catalog);
        var service = catalog.FindService(ticket.ServiceId);
        var desk = ticket.IsAtDesk ? catalog.FindDesk(ticket.DeskId) : null;
        return new TicketMessage(
            ticket.LastSequence,
            ticket.Number.ToString(),
            ticket.Status.ToString(),
            peopleAhead,
            ticket.ServiceId,
            service?.NameId ?? string.Empty,
            service?.NameEn ?? string.Empty,
            desk?.Number,
            desk?.Name,
            estimate?.LowMinutes,
            estimate?.HighMinutes);
    }

    public static QueueChangedMessage Changed(QueueEvent queueEvent, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        return new QueueChangedMessage(
            queueEvent.Sequence,
            zoneId,
            queueEvent.Kind.ToString(),
            queueEvent.Ticket?.ServiceId,
            queueEvent.Ticket?.Number.ToString(),
            queueEvent.Desk?.Id,
            queueEvent.At);
    }
}
