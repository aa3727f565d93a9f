using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Admin.Components.Command;

/// <summary>How the Command Center says durations, states and alerts, in the current language.</summary>
public static class CommandLabels
{
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalMinutes switch
        {
            < 1 => Labels.Format(CommandText.DurationSeconds, (int)span.TotalSeconds),
            < 60 => Labels.Format(CommandText.DurationMinutes, (int)span.TotalMinutes),
            _ when span.Minutes == 0 => Labels.Format(CommandText.DurationWholeHours, (int)span.TotalHours),
            _ => Labels.Format(CommandText.DurationHours, (int)span.TotalHours, span.Minutes.ToString("00", CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>A duration in whole minutes ("70 mnt"), short enough for a wall's narrow columns.</summary>
    public static string Compact(TimeSpan span) =>
        span < TimeSpan.FromMinutes(1) ? Duration(span) : Labels.Format(CommandText.DurationMinutes, (int)span.TotalMinutes);

    public static string CompactWait(TimeSpan? span) => span is { } s ? Compact(s) : CommandText.NoWait;

    public static string Wait(TimeSpan? span) => span is { } s ? Duration(s) : CommandText.NoWait;

    public static string State(AvailabilityState state) => state switch
    {
        AvailabilityState.Open => CommandText.StateOpen,
        AvailabilityState.NotYetOpen => CommandText.StateNotYetOpen,
        AvailabilityState.ClosedForToday => CommandText.StateClosedForToday,
        AvailabilityState.ClosedDay => CommandText.StateClosedDay,
        AvailabilityState.FridayBreak => CommandText.StateFridayBreak,
        AvailabilityState.PastCutOff => CommandText.StatePastCutOff,
        AvailabilityState.QuotaFull => CommandText.StateQuotaFull,
        _ => CommandText.StateInactive,
    };

    public static Color StateColor(AvailabilityState state) => state switch
    {
        AvailabilityState.Open => Color.Success,
        AvailabilityState.QuotaFull => Color.Warning,
        _ => Color.Default,
    };

    public static string Pause(PauseReason? reason) => reason switch
    {
        PauseReason.Break => CommandText.PauseBreak,
        PauseReason.Prayer => CommandText.PausePrayer,
        PauseReason.Meeting => CommandText.PauseMeeting,
        _ => CommandText.PauseOther,
    };

    public static string Desks(CommandFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Labels.Format(CommandText.DesksShort, figures.DesksOpen, figures.DesksIdle, figures.DesksPaused, figures.DesksClosed);
    }

    /// <summary>A service's desks in a table cell: open out of all, and the idle and paused ones when there are any.</summary>
    public static string DesksCompact(CommandFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var all = figures.DesksOpen + figures.DesksPaused + figures.DesksClosed;
        var parts = new List<string> { Labels.Format(CommandText.DesksOpenOf, figures.DesksOpen, all) };
        if (figures.DesksIdle > 0)
        {
            parts.Add(Labels.Format(CommandText.DesksIdleShort, figures.DesksIdle));
        }

        if (figures.DesksPaused > 0)
        {
            parts.Add(Labels.Format(CommandText.DesksPausedShort, figures.DesksPaused));
        }

        return string.Join(" · ", parts);
    }

    public static string Title(CommandAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Kind switch
        {
            CommandAlertKind.WaitOverStandard => CommandText.AlertWaitTitle,
            CommandAlertKind.QueueOverStandard => CommandText.AlertQueueTitle,
            CommandAlertKind.DeskIdleWhileWaiting => CommandText.AlertIdleTitle,
            CommandAlertKind.DeskPausedTooLong => CommandText.AlertPausedTitle,
            _ => CommandText.AlertDeviceTitle,
        };
    }

    /// <summary>
    /// The alert as a sentence: what, where, for how long, against which limit. <paramref name="brief"/> (the wall) names a
    /// service by its prefix, counts in whole minutes and leaves out an idle desk's limit (a setting, the same for all), so the line fits.
    /// </summary>
    public static string Describe(CommandAlert alert, SiteCatalog catalog, bool brief = false)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(catalog);
        var agency = alert.AgencyId is { } id && catalog.Agencies.TryGetValue(id, out var a) ? Labels.AgencyName(a) : string.Empty;
        string Time(TimeSpan span) => brief ? Compact(span) : Duration(span);
        string ServiceName(Service service) => brief ? service.Prefix : $"{service.Prefix} {Labels.Service(service)}";
        return alert.Kind switch
        {
            CommandAlertKind.WaitOverStandard when alert.Service is { } service =>
                Labels.Format(CommandText.AlertWait, agency, ServiceName(service), Time(alert.For), Time(alert.Limit)),
            CommandAlertKind.QueueOverStandard when alert.Service is { } service =>
                Labels.Format(CommandText.AlertQueue, agency, ServiceName(service), alert.Waiting ?? 0, alert.WaitingLimit ?? 0),
            CommandAlertKind.DeskIdleWhileWaiting when alert.Desk is { } desk => brief
                ? Labels.Format(CommandText.AlertIdleBrief, agency, Labels.Desk(desk), Time(alert.For), alert.Waiting ?? 0)
                : Labels.Format(CommandText.AlertIdle, agency, Labels.Desk(desk), Time(alert.For), alert.Waiting ?? 0, Time(alert.Limit)),
            CommandAlertKind.DeskPausedTooLong when alert.Desk is { } desk =>
                Labels.Format(CommandText.AlertPaused, agency, Labels.Desk(desk), Pause(alert.PauseReason), Time(alert.For), Time(alert.Limit)),
            _ => Labels.Format(CommandText.AlertDevice, string.IsNullOrWhiteSpace(alert.Device?.Name) ? CommandText.DeviceUnnamed : alert.Device.Name, Time(alert.For)),
        };
    }

    public static string Icon(CommandAlertKind kind) => kind switch
    {
        CommandAlertKind.WaitOverStandard => Icons.Material.Filled.HourglassBottom,
        CommandAlertKind.QueueOverStandard => Icons.Material.Filled.Groups,
        CommandAlertKind.DeskIdleWhileWaiting => Icons.Material.Filled.EventSeat,
        CommandAlertKind.DeskPausedTooLong => Icons.Material.Filled.PauseCircle,
        _ => Icons.Material.Filled.WifiOff,
    };

    /// <summary>What visitors already suffer (a long wait, a long queue) is an error; what may lead to it, a warning.</summary>
    public static Severity Severity(CommandAlertKind kind) =>
        kind is CommandAlertKind.WaitOverStandard or CommandAlertKind.QueueOverStandard ? MudBlazor.Severity.Error : MudBlazor.Severity.Warning;

    /// <summary>A CSS class by kind, for the wall screen's own colours.</summary>
    public static string CssKind(CommandAlertKind kind) => kind switch
    {
        CommandAlertKind.WaitOverStandard => "wait",
        CommandAlertKind.QueueOverStandard => "queue",
        CommandAlertKind.DeskIdleWhileWaiting => "idle",
        CommandAlertKind.DeskPausedTooLong => "paused",
        _ => "device",
    };
}
