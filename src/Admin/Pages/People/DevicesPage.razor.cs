using Microsoft.AspNetCore.Components;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui.Components;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages.People;

/// <summary>
/// Kiosks and screens: register one and show its address once, rename, renew or revoke its token, and see which
/// are online or stale (refreshed every few seconds). Admins only, enforced again by <see cref="DeviceAdministration"/>.
/// The page renders a <see cref="DevicesBoard"/> and forwards clicks to it.
/// </summary>
public sealed partial class DevicesPage
{
    private const string Renew = DevicesBoard.Renew;
    private const string Revoke = DevicesBoard.Revoke;
    private static readonly TimeSpan _refresh = TimeSpan.FromSeconds(5);

    private IDisposable? _beat;
    private DevicesBoard _board = default!;

    [Inject]
    private DeviceAdministration Devices { get; set; } = default!;

    [Inject]
    private ScreenRegistry Registry { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private PageBeat Beat { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string StaleNote => Labels.Format(PeopleText.DevicesStaleNote, (int)Registry.StaleAfter.TotalSeconds);

    public void Dispose() => _beat?.Dispose();

    protected override void OnInitialized()
    {
        _board = new DevicesBoard(Devices, Engine, Current.GetAsync, Navigation.ToAbsoluteUri);
        _board.Load();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _beat = Beat.Every(_refresh, () => InvokeAsync(() =>
            {
                _board.Refresh();
                StateHasChanged();
            }));
        }
    }

    private Task OnRegister() => _board.RegisterAsync();

    private void OnStartRename(ScreenDevice device) => _board.StartRename(device);

    private void OnCancelRename() => _board.CancelRename();

    private Task OnSaveName(ScreenDevice device) => _board.SaveNameAsync(device);

    private Task OnRenew(ScreenDevice device) => _board.RenewAsync(device);

    private Task OnRevoke(ScreenDevice device) => _board.RevokeAsync(device);
}
