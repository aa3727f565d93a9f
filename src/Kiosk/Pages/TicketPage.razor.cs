using Microsoft.AspNetCore.Components;
using MppQueue.Core;

namespace MppQueue.Kiosk.Pages;

/// <summary>The visitor's own page, reached by the ticket's long random token: number, status, people ahead, live.</summary>
public partial class TicketPage
{
    private Ticket? _ticket;
    private Service? _service;
    private Desk? _desk;
    private Site _site = default!;
    private string _zoneName = string.Empty;
    private int _peopleAhead;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    protected override void Load()
    {
        var catalog = Engine.Catalog;
        _site = catalog.Site;
        _ticket = Engine.FindByToken(Token);
        _service = catalog.FindService(_ticket?.ServiceId);
        if (_ticket is null || _service is null)
        {
            return;
        }

        _desk = catalog.FindDesk(_ticket.DeskId);
        _zoneName = catalog.Zones.TryGetValue(_desk?.ZoneId ?? _service.ZoneId, out var zone) ? zone.Name : string.Empty;
        _peopleAhead = Engine.PeopleAhead(_ticket);
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        _ticket is not null && (queueEvent.Ticket?.ServiceId == _ticket.ServiceId || queueEvent.Ticket?.Id == _ticket.Id);
}
