using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>A staff report as the tables of its downloads: summary, by officer, by desk, by agency, and per day.</summary>
public static class StaffSheet
{
    public static IReadOnlyList<ExportTable> Tables(StaffReport report, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        var culture = names.Culture;
        string T(string key) => StaffText.ResourceManager.GetString(key, culture) ?? key;
        string R(string key) => names.Text(key);
        var hours = " (" + T(nameof(StaffText.StaffHoursUnit)) + ")";
        var minutes = " (" + T(nameof(StaffText.StaffMinutesUnit)) + ")";
        var percent = " (%)";
        var all = R(nameof(ReportText.ReportAll));

        var summary = new List<IReadOnlyList<object?>>
        {
            Row(R(nameof(ReportText.ReportFrom)), report.Period.From),
            Row(R(nameof(ReportText.ReportTo)), report.Period.To),
            Row(R(nameof(ReportText.ReportAgency)), report.Filter.AgencyId is null ? all : names.Agency(report.Filter.AgencyId)),
            Row(R(nameof(ReportText.ReportDesk)), report.Filter.DeskId is null ? all : names.Desk(report.Filter.DeskId)),
            Row(R(nameof(ReportText.ReportOfficer)), report.Filter.OfficerId is null ? all : names.Officer(report.Filter.OfficerId)),
        };
        summary.AddRange(Figures(report.Total).Select(f => Row(f.Label, f.Value)));

        var headers = Figures(StaffTotals.Empty).Select(f => f.Label).ToList();
        ExportTable Lines(string title, string keyHeader, IEnumerable<StaffLine> lines, Func<string, string> name) => new(
            title,
            [keyHeader, .. headers],
            [.. lines.Select(l => (IReadOnlyList<object?>)[name(l.Id), .. Figures(l.Totals).Select(f => f.Value)])]);

        List<(string Label, object? Value)> Figures(StaffTotals t) =>
        [
            (T(nameof(StaffText.StaffDuty)) + hours, StaffFormat.Hours(t.Duty)),
            (T(nameof(StaffText.StaffBusy)) + hours, StaffFormat.Hours(t.Busy)),
            (T(nameof(StaffText.StaffIdleWhileWaiting)) + hours, StaffFormat.Hours(t.IdleWhileWaiting)),
            (T(nameof(StaffText.StaffPaused)) + hours, StaffFormat.Hours(t.Paused)),
            .. Enum.GetValues<PauseReason>().Select(r => ((string)(T(nameof(StaffText.StaffPaused)) + " – " + StaffFormat.PauseName(r, culture) + hours), (object?)StaffFormat.Hours(t.PausedFor(r)))),
            (T(nameof(StaffText.StaffServed)), t.Served),
            (T(nameof(StaffText.StaffServedPerHour)), StaffFormat.Rate(t.ServedPerDutyHour)),
            (T(nameof(StaffText.StaffCallToStart)) + minutes, ReportNames.Minutes(t.CallToStart)),
            (T(nameof(StaffText.StaffServiceTime)) + minutes, ReportNames.Minutes(t.MeanService)),
            (T(nameof(StaffText.StaffStandard)) + minutes, ReportNames.Minutes(t.MeanStandard)),
            (T(nameof(StaffText.StaffWithinStandard)) + percent, StaffFormat.Percent(t.WithinStandardShare)),
            (T(nameof(StaffText.StaffNoShowRate)) + percent, StaffFormat.Percent(t.NoShowRate)),
            (T(nameof(StaffText.StaffTransferRate)) + percent, StaffFormat.Percent(t.TransferRate)),
            (T(nameof(StaffText.StaffWorkingDays)), t.WorkingDays),
            (T(nameof(StaffText.StaffPresent)), t.DaysPresent),
            (T(nameof(StaffText.StaffAbsent)), t.DaysAbsent),
            (T(nameof(StaffText.StaffLate)), t.LateStarts),
            (T(nameof(StaffText.StaffEarly)), t.EarlyEnds),
            (T(nameof(StaffText.StaffSignOutMissing)), t.SignOutsMissing),
        ];

        var perDay = new ExportTable(
            T(nameof(StaffText.StaffPerDay)),
            [T(nameof(StaffText.StaffDay)), T(nameof(StaffText.StaffDuty)) + hours, T(nameof(StaffText.StaffBusy)) + hours, T(nameof(StaffText.StaffIdleWhileWaiting)) + hours, T(nameof(StaffText.StaffPaused)) + hours, T(nameof(StaffText.StaffServed))],
            [.. report.PerDay.Select(d => (IReadOnlyList<object?>)[d.Day, StaffFormat.Hours(d.Duty), StaffFormat.Hours(d.Busy), StaffFormat.Hours(d.IdleWhileWaiting), StaffFormat.Hours(d.Paused), d.Served])]);

        return
        [
            new ExportTable(T(nameof(StaffText.StaffSummary)), [T(nameof(StaffText.StaffSummary)), string.Empty], summary),
            Lines(T(nameof(StaffText.StaffByOfficer)), T(nameof(StaffText.StaffOfficer)), report.ByOfficer, id => names.Officer(id)),
            Lines(T(nameof(StaffText.StaffByDesk)), T(nameof(StaffText.StaffDesk)), report.ByDesk, id => names.Desk(id)),
            Lines(T(nameof(StaffText.StaffByAgency)), T(nameof(StaffText.StaffAgency)), report.ByAgency, id => names.Agency(id)),
            perDay,
        ];
    }

    private static IReadOnlyList<object?> Row(string label, object? value) => [label, value];
}
