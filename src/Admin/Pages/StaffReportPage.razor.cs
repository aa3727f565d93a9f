using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Reports;
using MppQueue.Admin.Reports;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages;

/// <summary>
/// Staff performance for supervisors (issue 18): hours on duty, pauses by reason, idle time while people waited,
/// call to start, service time against the standard, served per hour, no-show and transfer rates and attendance,
/// per officer, desk and agency, with CSV and Excel downloads. An agency supervisor sees only their own agency; the
/// address holds the request, as on the queue reports page (what both share is in
/// <see cref="ReportPageBase{TScreen, TReport}"/>). Officers see their own figures on the counter instead.
/// </summary>
public partial class StaffReportPage
{
    [Inject]
    private StaffReportService Staff { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override IEnumerable<Officer> OfficersInScope => base.OfficersInScope
        .Where(o => o.Role == OfficerRole.Officer || Screen.Report?.ByOfficer.Any(l => l.Id == o.Id) == true);

    private string ReportsLink => AdminRoutes.Reports + (Screen.Request is { } r ? "?" + Query(r) : string.Empty);

    protected override StaffScreen CreateScreen(ReportNames names, string? scope) => new(Staff, Reports, names, scope);

    /// <summary>The request's query without a service (staff serve desks, not services).</summary>
    private static string Query(ReportRequest request) => (request with { ServiceId = null }).Query;

    private IEnumerable<(string Key, string Label, string Value, string? Note)> Tiles(StaffTotals t)
    {
        string Share(TimeSpan part) => Labels.Format(StaffText.StaffShareOfDuty, Names.PercentText(t.DutyTicks == 0 ? null : (double)part.Ticks / t.DutyTicks));
        yield return ("duty", StaffText.StaffDuty, StaffFormat.HoursText(t.Duty, Culture), null);
        yield return ("busy", StaffText.StaffBusy, StaffFormat.HoursText(t.Busy, Culture), Share(t.Busy));
        yield return ("idle", StaffText.StaffIdleWhileWaiting, StaffFormat.HoursText(t.IdleWhileWaiting, Culture), Share(t.IdleWhileWaiting));
        yield return ("paused", StaffText.StaffPaused, StaffFormat.HoursText(t.Paused, Culture), Share(t.Paused));
        yield return ("served", StaffText.StaffServed, t.Served.ToString("N0", Culture), null);
        yield return ("per-hour", StaffText.StaffServedPerHour, Rate(t.ServedPerDutyHour), null);
        yield return ("call-to-start", StaffText.StaffCallToStart, Names.MinutesText(t.CallToStart), null);
        yield return ("service", StaffText.StaffServiceTime, AgainstStandard(t), null);
        yield return ("within", StaffText.StaffWithinStandard, Names.PercentText(t.WithinStandardShare), null);
        yield return ("no-show", StaffText.StaffNoShowRate, Names.PercentText(t.NoShowRate), null);
        yield return ("transfer", StaffText.StaffTransferRate, Names.PercentText(t.TransferRate), null);
        if (Screen.Report?.Filter.DeskId is null)
        {
            yield return ("present", StaffText.StaffAttendance, Labels.Format(StaffText.StaffAttendanceOf, t.DaysPresent, t.WorkingDays), null);
            yield return ("absent", StaffText.StaffAbsent, t.DaysAbsent.ToString("N0", Culture), null);
            yield return ("late", StaffText.StaffLate, t.LateStarts.ToString("N0", Culture), null);
            yield return ("early", StaffText.StaffEarly, t.EarlyEnds.ToString("N0", Culture), null);
            yield return ("sign-out", StaffText.StaffSignOutMissing, t.SignOutsMissing.ToString("N0", Culture), null);
        }
    }

    private IEnumerable<(string Key, string Title, string Head, IEnumerable<StaffLine> Lines, Func<string, string> Name)> Breakdowns(StaffReport report)
    {
        yield return ("officer", StaffText.StaffByOfficer, StaffText.StaffOfficer, report.ByOfficer.OrderBy(l => Names.Officer(l.Id), StringComparer.CurrentCulture), id => Names.Officer(id));
        yield return ("desk", StaffText.StaffByDesk, StaffText.StaffDesk, report.ByDesk.OrderBy(l => Engine.Catalog.FindDesk(l.Id)?.Number ?? int.MaxValue), id => Names.Desk(id));
        if (Screen.Scope is null && report.Filter.AgencyId is null)
        {
            yield return ("agency", StaffText.StaffByAgency, StaffText.StaffAgency, report.ByAgency, id => Names.Agency(id));
        }
    }

    private string AgainstStandard(StaffTotals t) => t.MeanService is null
        ? Names.MinutesText(null)
        : Labels.Format(StaffText.StaffAgainstStandard, Names.MinutesText(t.MeanService), Names.MinutesText(t.MeanStandard));

    private static string Rate(double? value) => value is { } v ? v.ToString("N1", Culture) : "–";

    private static string SplitLabel(string who, StaffTotals totals)
    {
        var (busy, idle, paused, other) = StaffFormat.Split(totals);
        return Labels.Format(StaffText.StaffChartLabel, who, StaffFormat.HoursText(busy, Culture), StaffFormat.HoursText(idle, Culture), StaffFormat.HoursText(paused, Culture), StaffFormat.HoursText(other, Culture));
    }

    private static string DayLabel(string label, StaffDayFigures day)
    {
        var other = day.Duty - day.Busy - day.IdleWhileWaiting - day.Paused;
        return Labels.Format(StaffText.StaffChartLabel, label, StaffFormat.HoursText(day.Busy, Culture), StaffFormat.HoursText(day.IdleWhileWaiting, Culture), StaffFormat.HoursText(day.Paused, Culture), StaffFormat.HoursText(other < TimeSpan.Zero ? TimeSpan.Zero : other, Culture));
    }
}
