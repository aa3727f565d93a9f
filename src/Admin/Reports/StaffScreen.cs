using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The staff page's state and decisions (<see cref="ReportScreenBase{TReport}"/>): the form has a period, an agency,
/// a desk and an officer, never a service.
/// </summary>
/// <param name="scope">An agency supervisor's own agency; null for MPP-wide accounts.</param>
public sealed class StaffScreen(StaffReportService staff, ReportService reports, ReportNames names, string? scope)
    : ReportScreenBase<StaffReport>(names, scope)
{
    protected override DateOnly Today => staff.Today;

    protected override bool HasService => false;

    /// <summary>The staff report behind a request, narrowed to the account's agency, its ids checked (the page's and the downloads' way).</summary>
    /// <exception cref="ReportException">The period, an id or the scope is refused.</exception>
    public static ReportRequest Build(StaffReportService staff, ReportService reports, ReportRequest request, string? scope, out StaffReport report)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(request);
        var scoped = request.WithinScope(scope) with { ServiceId = null };
        reports.Validate(scoped.Filter);
        report = staff.Build(scoped.PeriodOn(staff.Today), scoped.Filter);
        return scoped;
    }

    protected override ReportRequest Build(ReportRequest scoped, out StaffReport report) => Build(staff, reports, scoped, Scope, out report);
}
