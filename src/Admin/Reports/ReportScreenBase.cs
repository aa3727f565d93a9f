using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// What the queue report and the staff report pages share: the form, the request shown within the supervisor's scope,
/// its report or why there is none, and the address's query that describes it. A plain class: a page renders it and
/// keeps the address in step; a unit test reaches it without rendering.
/// </summary>
/// <typeparam name="TReport">The report the page shows.</typeparam>
/// <param name="names">Turns refusals into sentences in the reader's language.</param>
/// <param name="scope">An agency supervisor's own agency; null for MPP-wide accounts.</param>
public abstract class ReportScreenBase<TReport>(ReportNames names, string? scope)
    where TReport : class
{
    public ReportForm Form { get; } = new();

    /// <summary>An agency supervisor's own agency: every report is narrowed to it.</summary>
    public string? Scope => scope;

    /// <summary>The request shown, within the scope; null when it was refused.</summary>
    public ReportRequest? Request { get; private set; }

    public TReport? Report { get; private set; }

    /// <summary>Why there is no report, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>The agency the filter lists are narrowed to.</summary>
    public string? AgencyFilter => ReportChoices.AgencyFilter(scope, Form);

    /// <summary>The local day a period is counted from.</summary>
    protected abstract DateOnly Today { get; }

    /// <summary>Whether the report has a service filter (staff serve desks, not services).</summary>
    protected virtual bool HasService => true;

    /// <summary>Opens the report an address asks for (its query's values); a bad address shows why instead.</summary>
    public void Open(string? period, string? from, string? to, string? agency, string? service, string? desk, string? officer)
    {
        try
        {
            var request = ReportRequest.Parse(period, from, to, agency, HasService ? service : null, desk, officer);
            Form.Fill(request, Today);
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
        if (Request is null)
        {
            return null;
        }

        var query = ReportForm.Query(Request, scope);
        if (!HasService)
        {
            query.Remove("service");
        }

        return query;
    }

    /// <summary>The report behind a request already narrowed to the scope.</summary>
    /// <returns>The request as shown (it may drop a filter the report does not have).</returns>
    /// <exception cref="ReportException">The period or an id is refused.</exception>
    protected abstract ReportRequest Build(ReportRequest scoped, out TReport report);

    /// <summary>Called after a report is built, to derive what the page shows beside it.</summary>
    protected virtual void OnShown(TReport report)
    {
    }

    /// <summary>Called before a request is shown, to forget what was derived from the last one.</summary>
    protected virtual void OnCleared()
    {
    }

    private void Show(ReportRequest request)
    {
        Report = null;
        Request = null;
        Problem = null;
        OnCleared();
        try
        {
            var shown = Build(request.WithinScope(scope), out var report);
            Report = report;
            Request = shown;
            OnShown(report);
        }
        catch (ReportException refused)
        {
            Problem = names.Error(refused);
        }
    }
}
