using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Counter.Pages;

/// <summary>
/// One desk's console: the ticket at the desk, who waits, and the four moves. Every move runs off the circuit's
/// thread with the buttons disabled until it returns, so a double click never makes two calls.
/// </summary>
public partial class CounterDeskPage
{
    private const int NextShown = 5;

    private Desk? _desk;
    private Ticket? _current;
    private IReadOnlyList<Service> _services = [];
    private IReadOnlyList<string> _next = [];
    private string _agencyName = string.Empty;
    private string _zoneName = string.Empty;
    private string _currentService = string.Empty;
    private int _waiting;
    private bool _busy;

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override void Load()
    {
        var catalog = Engine.Catalog;
        _desk = catalog.FindDesk(DeskId) is { Active: true } desk ? desk : null;
        if (_desk is null)
        {
            return;
        }

        _agencyName = catalog.Agencies.TryGetValue(_desk.AgencyId, out var agency) ? Labels.AgencyName(agency) : string.Empty;
        _zoneName = catalog.Zones.TryGetValue(_desk.ZoneId, out var zone) ? zone.Name : string.Empty;
        _services = [.. _desk.ServiceIds.Select(catalog.FindService).OfType<Service>()];
        _current = Engine.CurrentTicket(_desk.Id);
        _currentService = catalog.FindService(_current?.ServiceId) is { } service ? Labels.Service(service) : string.Empty;
        var waiting = Engine.WaitingForDesk(_desk.Id);
        _waiting = waiting.Count;
        _next = [.. waiting.Take(NextShown).Select(r => r.Ticket.Number.ToString())];
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        _desk is { } desk && (queueEvent.Desk?.Id == desk.Id
            || queueEvent.Kind == QueueEventKind.CatalogChanged
            || (queueEvent.Ticket is { } ticket && desk.ServiceIds.Contains(ticket.ServiceId)));

    private Task OnCallNextAsync() => RunAsync(desk => Engine.CallNext(desk.Id), called =>
        Snackbar.Add(Labels.Format(UiText.CounterCalled, called.Number, Labels.Desk(_desk!)), Severity.Success));

    private Task OnRecallAsync() => RunAsync(desk => Engine.Recall(desk.Id, _current!.Id));

    private Task OnFinishAsync() => RunAsync(desk => Engine.Finish(desk.Id, _current!.Id));

    private Task OnNoShowAsync() => RunAsync(desk => Engine.MarkNoShow(desk.Id, _current!.Id));

    private async Task RunAsync(Func<Desk, Ticket> move, Action<Ticket>? done = null)
    {
        if (_busy || _desk is not { } desk)
        {
            return;
        }

        _busy = true;
        try
        {
            var ticket = await Task.Run(() => move(desk));
            done?.Invoke(ticket);
        }
        catch (QueueException refusal)
        {
            Snackbar.Add(Labels.Refusal(refusal), Severity.Warning);
        }
        finally
        {
            _busy = false;
            Load();
        }
    }
}
