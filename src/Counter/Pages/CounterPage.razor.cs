using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Counter.Pages;

/// <summary>
/// The officer's morning: the desks they may use (their agency's; every desk for an admin or MPP-wide supervisor),
/// who sits where, live. Choosing a free desk signs in there; a busy one first says who holds it and asks to take over.
/// </summary>
public partial class CounterPage
{
    private SiteCatalog _catalog = default!;
    private Officer? _me;
    private bool _seesAll;
    private bool _busy;
    private string? _confirming;
    private IReadOnlyList<Seat> _desks = [];

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _me = await Officers.GetAsync();

    protected override void Load()
    {
        var today = TakeToday();
        _catalog = today.Catalog;
        if (_me is not { } me)
        {
            _desks = [];
            return;
        }

        _seesAll = me.Role == OfficerRole.Admin || me.AgencyId is null;
        var names = Officers.Names();
        _desks = [.. _catalog.Desks.Values
            .Where(d => d.Active && DeskAccess.CanUse(me, d))
            .OrderBy(d => d.Number)
            .Select(d =>
            {
                var holder = today.Desk(d.Id)?.HolderId;
                var state = today.DeskState(d.Id);
                var name = holder is null || holder == me.Id ? null : names.GetValueOrDefault(holder, holder);
                return new Seat(d, holder == me.Id, name, holder is null ? null : state.SignedInAt, state.Paused);
            })];
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        queueEvent.Kind is QueueEventKind.DeskSignedIn or QueueEventKind.DeskSignedOut or QueueEventKind.DeskPaused
            or QueueEventKind.DeskResumed or QueueEventKind.CatalogChanged;

    private Task OnChooseAsync(Seat seat)
    {
        if (seat.Mine)
        {
            Navigation.NavigateTo(CounterRoutes.Desk(seat.Desk.Id));
            return Task.CompletedTask;
        }

        if (seat.HolderName is not null)
        {
            _confirming = seat.Desk.Id;
            return Task.CompletedTask;
        }

        return SitAsync(seat.Desk, takeOver: false);
    }

    private async Task SitAsync(Desk desk, bool takeOver)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var me = await Officers.GetAsync();
            if (me is null)
            {
                Snackbar.Add(CounterText.AccountInactive, Severity.Error);
                Navigation.NavigateTo(Ui.AccountRoutes.SignIn(CounterRoutes.Counter), forceLoad: true);
                return;
            }

            await Engine.MoveAsync(() => Engine.SignInToDesk(desk.Id, me, takeOver));
            Navigation.NavigateTo(CounterRoutes.Desk(desk.Id));
        }
        catch (QueueException refusal)
        {
            Snackbar.Add(Labels.Refusal(refusal), Severity.Warning);
        }
        finally
        {
            _busy = false;
            _confirming = null;
            Load();
        }
    }

    private string AgencyOf(Desk desk) =>
        _catalog.Agencies.TryGetValue(desk.AgencyId, out var agency) ? Labels.AgencyName(agency) : string.Empty;

    private sealed record Seat(Desk Desk, bool Mine, string? HolderName, DateTimeOffset? Since, bool Paused);
}
