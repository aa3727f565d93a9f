using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Reports;
using MppQueue.Core;
using MppQueue.Ui;
using MudBlazor;

namespace MppQueue.Admin.Pages;

/// <summary>
/// Queue reports for supervisors: a period and filters, the counts, waiting and service times, the share called
/// within the standard, tickets per day, the busiest hours, quota use, breakdowns and the SKM index, with CSV and
/// Excel downloads of the same. An agency supervisor sees only their own agency. The page's address holds the
/// request (<see cref="ReportRequest"/>), so a report can be bookmarked or shared.
/// </summary>
public partial class ReportsPage
{
    private static readonly ReportPeriodKind[] Choices = Enum.GetValues<ReportPeriodKind>();

    private Officer? _me;
    private string? _scope;
    private ReportNames? _names;
    private readonly ReportForm _form = new();
    private ReportRequest? _request;
    private ReportResult? _report;
    private string? _problem;
    private List<ChartSeries<double>> _perDaySeries = [];
    private string[] _perDayLabels = [];
    private IReadOnlyList<Officer> _officers = [];

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = "agency")]
    public string? Agency { get; set; }

    [SupplyParameterFromQuery(Name = "service")]
    public string? Service { get; set; }

    [SupplyParameterFromQuery(Name = "desk")]
    public string? Desk { get; set; }

    [SupplyParameterFromQuery(Name = "officer")]
    public string? OfficerParameter { get; set; }

    [Inject]
    private ReportService Reports { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private IQueueStore Store { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IEnumerable<Agency> Agencies => Engine.Catalog.Agencies.Values
        .Where(a => _scope is null || a.Id == _scope)
        .OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.CurrentCulture);

    private ReportNames Names => _names ?? throw new InvalidOperationException("The page has not been initialised.");

    private string? AgencyFilter => _scope ?? (_form.AgencyId.Length == 0 ? null : _form.AgencyId);

    private IEnumerable<Service> ServicesInScope => Engine.Catalog.Services.Values
        .Where(s => AgencyFilter is null || s.AgencyId == AgencyFilter)
        .OrderBy(s => s.Prefix, StringComparer.Ordinal);

    private IEnumerable<Desk> DesksInScope => Engine.Catalog.Desks.Values
        .Where(d => AgencyFilter is null || d.AgencyId == AgencyFilter)
        .OrderBy(d => d.Number);

    private IEnumerable<Officer> OfficersInScope => _officers
        .Where(o => o.Role == OfficerRole.Officer && (AgencyFilter is null || o.AgencyId == AgencyFilter))
        .OrderBy(o => o.DisplayName, StringComparer.CurrentCulture);

    private IReadOnlyList<int> HeatHours => _report?.BusiestHours.BusyHours() is { Count: > 0 } busy ? busy : [.. Enumerable.Range(7, 10)];

    protected override async Task OnInitializedAsync()
    {
        _me = await Officers.GetAsync();
        _officers = Store.LoadOfficers();
        _names = new ReportNames(Engine.Catalog, _officers, CultureInfo.CurrentUICulture);
        if (_me is null)
        {
            return;
        }

        _scope = ReportRequest.ScopeOf(_me);
        try
        {
            var request = ReportRequest.Parse(Period, From, To, Agency, Service, Desk, OfficerParameter);
            _form.Fill(request, Reports.Today);
            Show(request);
        }
        catch (ReportException refused)
        {
            _problem = _names.Error(refused);
        }
    }

    private static string ChoiceLabel(ReportPeriodKind choice) => ReportChart.ChoiceLabel(choice);

    private static string HeatStyle(long value, long max) => ReportChart.HeatStyle(value, max);

    private static IEnumerable<(string Key, string Label, long Value)> CountTiles(ReportResult report) => ReportChart.CountTiles(report);

    private IEnumerable<(string Key, string Title, IReadOnlyList<BreakdownLine> Lines, Func<string?, string> Name)> Breakdowns(ReportResult report) =>
    [
        ("service", ReportText.ReportByService, report.ByService, _names!.Service),
        ("desk", ReportText.ReportByDesk, report.ByDesk, _names.Desk),
        ("officer", ReportText.ReportByOfficer, report.ByOfficer, _names.Officer),
    ];

    private string AgencyName(string id) => _names?.Agency(id) ?? id;

    private void OnChoiceClicked(ReportPeriodKind choice) => Change(() => _form.Choose(choice, _report?.Period));

    private void OnFromChanged(DateTime? value) => Change(() => _form.SetFrom(value));

    private void OnToChanged(DateTime? value) => Change(() => _form.SetTo(value));

    private void OnAgencyChanged(string? value) => Change(() => _form.SetAgency(value));

    private void OnServiceChanged(string? value) => Change(() => _form.SetService(value));

    private void OnDeskChanged(string? value) => Change(() => _form.SetDesk(value));

    private void OnOfficerChanged(string? value) => Change(() => _form.SetOfficer(value));

    private void Change(Action change)
    {
        change();
        Show(_form.ToRequest());

        // Keep the address in step, without a new history entry per click, so a refresh shows the same report.
        if (_request is not null)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(ReportForm.Query(_request, _scope)), replace: true);
        }
    }

    private void Show(ReportRequest request)
    {
        _report = null;
        _request = null;
        _problem = null;
        try
        {
            var scoped = request.WithinScope(_scope);
            _report = Reports.Build(scoped.PeriodOn(Reports.Today), scoped.Filter);
            _request = scoped;
            BuildChart(_report);
        }
        catch (ReportException refused)
        {
            _problem = _names!.Error(refused);
        }
    }

    private void BuildChart(ReportResult report)
    {
        var bars = ReportChart.Bars(report, CultureInfo.CurrentCulture);
        _perDayLabels = [.. bars.Select(b => b.Label)];
        _perDaySeries =
        [
            new ChartSeries<double> { Name = ReportText.ReportIssued, Data = bars.Select(b => (double)b.Issued).ToArray() },
            new ChartSeries<double> { Name = ReportText.ReportServed, Data = bars.Select(b => (double)b.Served).ToArray() },
        ];
    }
}
