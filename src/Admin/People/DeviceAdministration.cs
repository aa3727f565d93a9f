using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// Registers, renames, renews and revokes the tokens of kiosks and screens, for admins only, each change audited.
/// A revoked or renewed token stops identifying its device at once: the registry forgets it in memory and in the
/// store in the same step, and kiosks and screens look their token up on every request and beat.
/// </summary>
public sealed class DeviceAdministration(ScreenRegistry registry, QueueEngine engine, IQueueStore store, TimeProvider time)
{
    public IReadOnlyList<ScreenStatus> Statuses() => registry.Statuses();

    public ScreenDevice Register(Officer actor, ScreenRegistration registration)
    {
        var acting = Acting(actor);
        var device = registry.Register(registration, engine.Catalog);
        Audit(acting, AuditActions.DeviceRegistered, device, device.Kind + ": " + device.Name);
        return device;
    }

    public ScreenDevice Rename(Officer actor, string deviceId, string name)
    {
        var acting = Acting(actor);
        var before = registry.Find(deviceId);
        var device = registry.Rename(deviceId, name);
        Audit(acting, AuditActions.DeviceRenamed, device, (before?.Name ?? string.Empty) + " → " + device.Name);
        return device;
    }

    public ScreenDevice RenewToken(Officer actor, string deviceId)
    {
        var acting = Acting(actor);
        var device = registry.RenewToken(deviceId);
        Audit(acting, AuditActions.DeviceTokenRenewed, device, device.Kind + ": " + device.Name);
        return device;
    }

    /// <summary>Forgets the device and its token; false when it was already gone (revoked in another tab).</summary>
    public bool Revoke(Officer actor, string deviceId)
    {
        var acting = Acting(actor);
        var device = registry.Find(deviceId);
        if (device is null || !registry.Remove(deviceId))
        {
            return false;
        }

        Audit(acting, AuditActions.DeviceRevoked, device, device.Kind + ": " + device.Name);
        return true;
    }

    private Officer Acting(Officer? actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var stored = store.LoadOfficers().FirstOrDefault(o => o.Id == actor.Id);
        return stored is { Active: true, Role: OfficerRole.Admin }
            ? stored
            : throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Only an active admin manages devices.");
    }

    private void Audit(Officer actor, string action, ScreenDevice device, string detail) =>
        store.AppendAudit(new AuditEntry(Tokens.NewId(), time.GetUtcNow(), actor.Id, action, device.Id, detail));
}
