using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Counter.Text;

/// <summary>What an officer reads for the domain's values, in the current language.</summary>
public static class CounterLabels
{
    public static string Priority(PriorityGroup group) => group switch
    {
        PriorityGroup.Elderly => CounterText.PriorityElderly,
        PriorityGroup.Disabled => CounterText.PriorityDisabled,
        PriorityGroup.Pregnant => CounterText.PriorityPregnant,
        PriorityGroup.WithChild => CounterText.PriorityWithChild,
        _ => string.Empty,
    };

    public static string Pause(PauseReason? reason) => reason switch
    {
        PauseReason.Break => CounterText.PauseBreak,
        PauseReason.Prayer => CounterText.PausePrayer,
        PauseReason.Meeting => CounterText.PauseMeeting,
        PauseReason.Other => CounterText.PauseOther,
        _ => string.Empty,
    };

    public static string Role(OfficerRole role) => role switch
    {
        OfficerRole.Supervisor => CounterText.RoleSupervisor,
        OfficerRole.Admin => CounterText.RoleAdmin,
        _ => CounterText.RoleOfficer,
    };

    public static string Move(MoveKind kind) =>
        CounterText.ResourceManager.GetString("Move_" + kind, CultureInfo.CurrentUICulture) ?? kind.ToString();

    /// <summary>Whole minutes ("12 mnt"); a dash when there is nothing to average yet.</summary>
    public static string Minutes(TimeSpan? span) =>
        span is { } value ? Labels.Format(CounterText.Minutes, (int)Math.Round(value.TotalMinutes, MidpointRounding.AwayFromZero)) : CounterText.NoFigure;

    /// <summary>A running clock: "4:07", or "1:02:30" past an hour.</summary>
    public static string Clock(TimeSpan span)
    {
        var value = span < TimeSpan.Zero ? TimeSpan.Zero : span;
        return value.TotalHours >= 1
            ? value.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : value.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>"Samsat · Pajak Kendaraan Tahunan": where a transferred visitor came from.</summary>
    public static string AgencyAndService(SiteCatalog catalog, string serviceId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.FindService(serviceId) is not { } service)
        {
            return serviceId;
        }

        return catalog.Agencies.TryGetValue(service.AgencyId, out var agency)
            ? Labels.AgencyName(agency) + " · " + Labels.Service(service)
            : Labels.Service(service);
    }

    public static string ServiceShort(Service? service) => service is null ? string.Empty : service.Prefix + " · " + Labels.Service(service);
}
