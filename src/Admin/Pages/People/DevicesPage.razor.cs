using Microsoft.AspNetCore.Components;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Admin.Pages.People;

/// <summary>
/// Kiosks and screens: register one and show its address once, rename, renew or revoke its token, and see which
/// are online or stale (refreshed every few seconds). Admins only, enforced again by <see cref="DeviceAdministration"/>.
/// </summary>
public sealed partial class DevicesPage
{
    private const string Renew = "renew";
    private const string Revoke = "revoke";
    private static readonly TimeSpan _refresh = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _gone = new();
    private IReadOnlyList<ScreenStatus> _statuses = [];
    private string? _name;
    private ScreenKind _kind = ScreenKind.Kiosk;
    private string? _zoneId;
    private string? _deskId;
    private string? _registerError;
    private string? _notice;
    private string? _rowError;
    private (string Name, string Url)? _address;
    private (string Id, string Action)? _confirm;
    private string? _renaming;
    private string? _newName;

    [Inject]
    private DeviceAdministration Devices { get; set; } = default!;

    [Inject]
    private ScreenRegistry Registry { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string StaleNote => Labels.Format(PeopleText.DevicesStaleNote, (int)Registry.StaleAfter.TotalSeconds);

    public void Dispose()
    {
        _gone.Cancel();
        _gone.Dispose();
    }

    protected override void OnInitialized()
    {
        _zoneId = Engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder).FirstOrDefault()?.Id;
        _statuses = Devices.Statuses();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ = RefreshAsync(_gone.Token);
        }
    }

    private async Task RefreshAsync(CancellationToken gone)
    {
        try
        {
            using var timer = new PeriodicTimer(_refresh, Time);
            while (await timer.WaitForNextTickAsync(gone))
            {
                await InvokeAsync(() =>
                {
                    _statuses = Devices.Statuses();
                    StateHasChanged();
                });
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The page is gone.
        }
    }

    private async Task OnRegister()
    {
        await ActAsync(
            actor =>
            {
                var registration = new ScreenRegistration(_name ?? string.Empty, _kind == ScreenKind.Desk ? string.Empty : _zoneId ?? string.Empty, _kind, _kind == ScreenKind.Desk ? _deskId : null);
                var device = Devices.Register(actor, registration);
                ShowAddress(device);
                _name = null;
                return null;
            },
            error => _registerError = error);
    }

    private void OnStartRename(ScreenDevice device)
    {
        _renaming = device.Id;
        _newName = device.Name;
        _confirm = null;
    }

    private void OnCancelRename() => _renaming = null;

    private async Task OnSaveName(ScreenDevice device)
    {
        await ActAsync(
            actor =>
            {
                var renamed = Devices.Rename(actor, device.Id, _newName ?? string.Empty);
                _renaming = null;
                return Labels.Format(PeopleText.DeviceRenamed, renamed.Name);
            },
            error => _rowError = error);
    }

    private async Task OnRenew(ScreenDevice device)
    {
        if (!Confirmed(device, Renew))
        {
            return;
        }

        await ActAsync(
            actor =>
            {
                ShowAddress(Devices.RenewToken(actor, device.Id));
                return null;
            },
            error => _rowError = error);
    }

    private async Task OnRevoke(ScreenDevice device)
    {
        if (!Confirmed(device, Revoke))
        {
            return;
        }

        await ActAsync(
            actor => Devices.Revoke(actor, device.Id)
                ? Labels.Format(PeopleText.DeviceRevoked, device.Name)
                : throw new ScreenRegistryException(ScreenRegistryError.UnknownScreen, "Already revoked."),
            error => _rowError = error);
    }

    private bool Confirmed(ScreenDevice device, string action)
    {
        if (_confirm == (device.Id, action))
        {
            _confirm = null;
            return true;
        }

        _confirm = (device.Id, action);
        return false;
    }

    private async Task ActAsync(Func<Officer, string?> act, Action<string> refused)
    {
        _registerError = _rowError = _notice = null;
        _address = null;
        try
        {
            var actor = await Current.GetAsync() ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
            _notice = act(actor);
        }
        catch (ScreenRegistryException refusal)
        {
            refused(Refusal(refusal.Error));
        }
        catch (OfficerAdminException)
        {
            refused(PeopleText.Error_NotAllowed);
        }

        _statuses = Devices.Statuses();
    }

    private void ShowAddress(ScreenDevice device) =>
        _address = (device.Name, Navigation.ToAbsoluteUri(DeviceAddresses.PathOf(device)).AbsoluteUri);

    private string Confirmable(ScreenDevice device, string action, string label) =>
        _confirm == (device.Id, action) ? Labels.Format(PeopleText.ActionConfirm, label) : label;

    public static string KindName(ScreenKind kind) => kind switch
    {
        ScreenKind.Kiosk => PeopleText.KindKiosk,
        ScreenKind.Desk => PeopleText.KindDesk,
        _ => PeopleText.KindZone,
    };

    private static string HealthName(ScreenHealth health) => health switch
    {
        ScreenHealth.Online => PeopleText.HealthOnline,
        ScreenHealth.Stale => PeopleText.HealthStale,
        _ => PeopleText.HealthNeverSeen,
    };

    public static string Refusal(ScreenRegistryError error) => error switch
    {
        ScreenRegistryError.NameMissing => PeopleText.DeviceError_NameMissing,
        ScreenRegistryError.NameTooLong => Labels.Format(PeopleText.DeviceError_NameTooLong, ScreenRegistry.MaxNameLength),
        ScreenRegistryError.UnknownZone => PeopleText.DeviceError_UnknownZone,
        ScreenRegistryError.UnknownDesk => PeopleText.DeviceError_UnknownDesk,
        ScreenRegistryError.DeskInOtherZone => PeopleText.DeviceError_DeskInOtherZone,
        ScreenRegistryError.UnknownKind => PeopleText.DeviceError_UnknownKind,
        _ => PeopleText.DeviceError_UnknownScreen,
    };
}
