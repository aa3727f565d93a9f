using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The report page's state and decisions: the form, the request shown within the supervisor's scope, its report and
/// chart, or why there is none, and the address that describes it. A plain class: the page renders it and keeps the
/// address in step; a unit test reaches it without rendering.
/// </summary>
/// <param name="scope">An agency supervisor's own agency; null for MPP-wide accounts.</param>
/// <param name="notices">Where the notices part comes from; without it the report has none.</param>
public sealed class ReportScreen(ReportService reports, ReportNames names, string? scope, NoticeService? notices = null)
{
    public ReportForm Form { get; } = new();

    /// <summary>An agency supervisor's own agency: every report is narrowed to it.</summary>
    public string? Scope => scope;

    /// <summary>The request shown, within the scope; null when it was refused.</summary>
    public ReportRequest? Request { get; private set; }

    public ReportResult? Report { get; private set; }

    /// <summary>The notices of the report's period and agency.</summary>
    public NoticeReport? Notices { get; private set; }

    /// <summary>Why there is no report, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>The report's bars per day or per month.</summary>
    public DayChart? Chart { get; private set; }

    /// <summary>The agency the filter lists are narrowed to.</summary>
    public string? AgencyFilter => ReportChoices.AgencyFilter(scope, Form);

    /// <summary>Opens the report an address asks for (its query's values); a bad address shows why instead.</summary>
    public void Open(string? period, string? from, string? to, string? agency, string? service, string? desk, string? officer)
    {
        try
        {
            var request = ReportRequest.Parse(period, from, to, agency, service, desk, officer);
            Form.Fill(request, reports.Today);
            Show(request);
        }
        catch (ReportException refused)
        {
            Problem = names.Error(refused);
        }
    }

    /// <summary>Applies a change to the form and shows its report.</summary>
    /// <returns>The address's new query, or null when the request was refused (the address stays as it was).</returns>
    public Dictionary<string, object?>? Change(Action<ReportForm> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(Form);
        Show(Form.ToRequest());
        return Request is null ? null : ReportForm.Query(Request, scope);
    }

    private void Show(ReportRequest request)
    {
        Report = null;
        Notices = null;
        Request = null;
        Problem = null;
        try
        {
            var scoped = request.WithinScope(scope);
            Report = reports.Build(scoped.PeriodOn(reports.Today), scoped.Filter);
            Request = scoped;
            Notices = notices is null ? null : NoticeReport.For(notices, Report);
            Chart = DayChart.Of(Report, CultureInfo.CurrentCulture);
        }
        catch (ReportException refused)
        {
            Problem = names.Error(refused);
        }
    }
}
