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

    private ReportNames Names => _names ?? throw new InvalidOperationException("The page has not been initialised.");

    private string? AgencyFilter => ReportChoices.AgencyFilter(_scope, _form);

    private IEnumerable<Agency> Agencies => ReportChoices.Agencies(Engine.Catalog, _scope);

    private IEnumerable<Service> ServicesInScope => ReportChoices.Services(Engine.Catalog, AgencyFilter);

    private IEnumerable<Desk> DesksInScope => ReportChoices.Desks(Engine.Catalog, AgencyFilter);

    private IEnumerable<Officer> OfficersInScope => ReportChoices.Officers(_officers, AgencyFilter);

    private IReadOnlyList<int> HeatHours => ReportChart.HeatHours(_report);

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
            (_perDayLabels, _perDaySeries) = ReportChart.PerDay(_report, CultureInfo.CurrentCulture);
        }
        catch (ReportException refused)
        {
            _problem = _names!.Error(refused);
        }
    }
}
