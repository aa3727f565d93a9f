using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// The devices page's state and decisions: the registration form, the address shown once after a registration or
/// renewal, one rename open at a time, a renewal or revocation that takes a second click, and what was done or
/// refused in the page's words. <see cref="DeviceAdministration"/> lets only an active admin change anything. A plain
/// class: the page renders it and refreshes <see cref="Statuses"/> on a timer; a unit test reaches it without rendering.
/// </summary>
/// <param name="whoActs">Reads the signed-in, active account afresh (null when there is none).</param>
/// <param name="absolute">Turns a device's path into the full address a person types into the device.</param>
public sealed class DevicesBoard(DeviceAdministration devices, QueueEngine engine, Func<Task<Officer?>> whoActs, Func<string, Uri> absolute)
{
    public const string Renew = "renew";
    public const string Revoke = "revoke";

    private (string Id, string Action)? _confirm;

    public IReadOnlyList<ScreenStatus> Statuses { get; private set; } = [];

    public string? Name { get; set; }

    public ScreenKind Kind { get; set; } = ScreenKind.Kiosk;

    /// <summary>The zone of a kiosk or zone screen (a desk's screen takes its desk's zone).</summary>
    public string? ZoneId { get; set; }

    public string? DeskId { get; set; }

    /// <summary>Why the registration was refused.</summary>
    public string? RegisterError { get; private set; }

    /// <summary>What the last change did.</summary>
    public string? Notice { get; private set; }

    /// <summary>Why the last change to a listed device was refused.</summary>
    public string? RowError { get; private set; }

    /// <summary>The address of the device just registered or renewed: its token is shown this once.</summary>
    public (string Name, string Url)? Address { get; private set; }

    /// <summary>The device whose name is being edited.</summary>
    public string? Renaming { get; private set; }

    public string? NewName { get; set; }

    /// <summary>Zones in their order, for a kiosk's or zone screen's place.</summary>
    public IEnumerable<Zone> Zones => engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder);

    /// <summary>Active desks by number, for a desk screen's place.</summary>
    public IEnumerable<Desk> Desks => engine.Catalog.Desks.Values.Where(d => d.Active).OrderBy(d => d.Number);

    /// <summary>A new device starts in the first zone.</summary>
    public void Load()
    {
        ZoneId = Zones.FirstOrDefault()?.Id;
        Refresh();
    }

    /// <summary>Reads which devices are online, stale or never seen.</summary>
    public void Refresh() => Statuses = devices.Statuses();

    /// <summary>Registers the device on the form and shows its address; a desk's screen has no zone of its own, the others no desk.</summary>
    public Task RegisterAsync() => ActAsync(
        actor =>
        {
            var desk = Kind == ScreenKind.Desk;
            var device = devices.Register(actor, new ScreenRegistration(Name ?? string.Empty, desk ? string.Empty : ZoneId ?? string.Empty, Kind, desk ? DeskId : null));
            ShowAddress(device);
            Name = null;
            return null;
        },
        error => RegisterError = error);

    public void StartRename(ScreenDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        Renaming = device.Id;
        NewName = device.Name;
        _confirm = null;
    }

    public void CancelRename() => Renaming = null;

    /// <summary>Renames the device; the rename stays open when the name is refused.</summary>
    public Task SaveNameAsync(ScreenDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return ActAsync(
            actor =>
            {
                var renamed = devices.Rename(actor, device.Id, NewName ?? string.Empty);
                Renaming = null;
                return Labels.Format(PeopleText.DeviceRenamed, renamed.Name);
            },
            error => RowError = error);
    }

    /// <summary>On the second click, gives the device a new token (the old one stops working) and shows the new address.</summary>
    public Task RenewAsync(ScreenDevice device) => Confirmed(device, Renew)
        ? ActAsync(
            actor =>
            {
                ShowAddress(devices.RenewToken(actor, device.Id));
                return null;
            },
            error => RowError = error)
        : Task.CompletedTask;

    /// <summary>On the second click, forgets the device and its token; revoked meanwhile in another tab, it says so.</summary>
    public Task RevokeAsync(ScreenDevice device) => Confirmed(device, Revoke)
        ? ActAsync(
            actor => devices.Revoke(actor, device.Id)
                ? Labels.Format(PeopleText.DeviceRevoked, device.Name)
                : throw new ScreenRegistryException(ScreenRegistryError.UnknownScreen, "Already revoked."),
            error => RowError = error)
        : Task.CompletedTask;

    /// <summary>Whether <paramref name="action"/> on <paramref name="device"/> waits for its second click.</summary>
    public bool IsConfirming(ScreenDevice device, string action) => device is not null && _confirm == (device.Id, action);

    /// <summary>A button's label, asking for confirmation while it waits for its second click.</summary>
    public string Confirmable(ScreenDevice device, string action, string label) =>
        IsConfirming(device, action) ? Labels.Format(PeopleText.ActionConfirm, label) : label;

    public static string KindName(ScreenKind kind) => kind switch
    {
        ScreenKind.Kiosk => PeopleText.KindKiosk,
        ScreenKind.Desk => PeopleText.KindDesk,
        _ => PeopleText.KindZone,
    };

    public static string HealthName(ScreenHealth health) => health switch
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
        ScreenRegistryError.NameNotPlain => PeopleText.DeviceError_NameNotPlain,
        _ => PeopleText.DeviceError_UnknownScreen,
    };

    private bool Confirmed(ScreenDevice device, string action)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (IsConfirming(device, action))
        {
            _confirm = null;
            return true;
        }

        _confirm = (device.Id, action);
        return false;
    }

    private async Task ActAsync(Func<Officer, string?> act, Action<string> refused)
    {
        RegisterError = RowError = Notice = null;
        Address = null;
        try
        {
            var actor = await whoActs() ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
            Notice = act(actor);
        }
        catch (ScreenRegistryException refusal)
        {
            refused(Refusal(refusal.Error));
        }
        catch (OfficerAdminException)
        {
            refused(PeopleText.Error_NotAllowed);
        }

        Refresh();
    }

    private void ShowAddress(ScreenDevice device) => Address = (device.Name, absolute(DeviceAddresses.PathOf(device)).AbsoluteUri);
}
