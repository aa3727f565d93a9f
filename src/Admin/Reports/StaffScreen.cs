using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The staff page's state and decisions: the form (period, agency, desk, officer), the request shown within the
/// supervisor's scope, its staff report, or why there is none. A plain class the page renders; a unit test reaches it.
/// </summary>
/// <param name="scope">An agency supervisor's own agency; null for MPP-wide accounts.</param>
public sealed class StaffScreen(StaffReportService staff, ReportService reports, ReportNames names, string? scope)
{
    public ReportForm Form { get; } = new();

    public string? Scope => scope;

    public ReportRequest? Request { get; private set; }

    public StaffReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public string? AgencyFilter => ReportChoices.AgencyFilter(scope, Form);

    /// <summary>Opens the report an address asks for; a bad address shows why instead.</summary>
    public void Open(string? period, string? from, string? to, string? agency, string? desk, string? officer)
    {
        try
        {
            var request = ReportRequest.Parse(period, from, to, agency, null, desk, officer);
            Form.Fill(request, staff.Today);
            Show(request);
        }
        catch (ReportException refused)
        {
            Problem = names.Error(refused);
        }
    }

    /// <returns>The address's new query, or null when the request was refused.</returns>
    public Dictionary<string, object?>? Change(Action<ReportForm> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(Form);
        Show(Form.ToRequest());
        if (Request is null)
        {
            return null;
        }

        var query = ReportForm.Query(Request, scope);
        query.Remove("service");
        return query;
    }

    private void Show(ReportRequest request)
    {
        Report = null;
        Request = null;
        Problem = null;
        try
        {
            var scoped = Build(staff, reports, request, scope, out var report);
            Report = report;
            Request = scoped;
        }
        catch (ReportException refused)
        {
            Problem = names.Error(refused);
        }
    }

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
}
