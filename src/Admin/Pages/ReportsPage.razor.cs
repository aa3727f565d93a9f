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
    /// <summary>Up to this many days the chart has a bar per day; longer periods get a bar per month.</summary>
    private const int DailyBarsUpTo = 62;

    private static readonly ReportPeriodKind[] Choices = Enum.GetValues<ReportPeriodKind>();

    private Officer? _me;
    private string? _scope;
    private ReportNames? _names;
    private ReportPeriodKind _choice = ReportPeriodKind.ThisMonth;
    private DateTime? _from;
    private DateTime? _to;
    private string _agencyId = string.Empty;
    private string _serviceId = string.Empty;
    private string _deskId = string.Empty;
    private string _officerId = string.Empty;
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

    private string? AgencyFilter => _scope ?? NullIfEmpty(_agencyId);

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
            _choice = request.Kind;
            var period = request.PeriodOn(Reports.Today);
            _from = period.From.ToDateTime(TimeOnly.MinValue);
            _to = period.To.ToDateTime(TimeOnly.MinValue);
            _agencyId = request.AgencyId ?? string.Empty;
            _serviceId = request.ServiceId ?? string.Empty;
            _deskId = request.DeskId ?? string.Empty;
            _officerId = request.OfficerId ?? string.Empty;
            Show(request);
        }
        catch (ReportException refused)
        {
            _problem = _names.Error(refused);
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string ChoiceLabel(ReportPeriodKind choice) => choice switch
    {
        ReportPeriodKind.Today => ReportText.ReportPeriodToday,
        ReportPeriodKind.ThisWeek => ReportText.ReportPeriodThisWeek,
        ReportPeriodKind.ThisMonth => ReportText.ReportPeriodThisMonth,
        ReportPeriodKind.LastMonth => ReportText.ReportPeriodLastMonth,
        ReportPeriodKind.ThisYear => ReportText.ReportPeriodThisYear,
        _ => ReportText.ReportPeriodCustom,
    };

    /// <summary>A cell's background from white to the theme's blue by its share of the busiest cell; dark text stays readable up to about 60 %.</summary>
    private static string HeatStyle(long value, long max)
    {
        var share = max > 0 ? (double)value / max : 0;
        var alpha = (0.08 + (0.85 * share)).ToString("0.00", CultureInfo.InvariantCulture);
        var color = share > 0.6 ? "#fff" : "inherit";
        return $"padding: 4px 6px; min-width: 32px; text-align: right; border: 1px solid #e0e0e0; background: rgba(25, 118, 210, {(value == 0 ? "0" : alpha)}); color: {color};";
    }

    private static IEnumerable<(string Key, string Label, long Value)> CountTiles(ReportResult report) =>
    [
        ("issued", ReportText.ReportIssued, report.Counts.Issued),
        ("served", ReportText.ReportServed, report.Counts.Served),
        ("noshow", ReportText.ReportNoShow, report.Counts.NoShow),
        ("cancelled", ReportText.ReportCancelled, report.Counts.Cancelled),
        ("transferred", ReportText.ReportTransferred, report.Counts.Transferred),
        ("unfinished", ReportText.ReportUnfinished, report.Counts.Unfinished),
    ];

    private IEnumerable<(string Key, string Title, IReadOnlyList<BreakdownLine> Lines, Func<string?, string> Name)> Breakdowns(ReportResult report) =>
    [
        ("service", ReportText.ReportByService, report.ByService, _names!.Service),
        ("desk", ReportText.ReportByDesk, report.ByDesk, _names.Desk),
        ("officer", ReportText.ReportByOfficer, report.ByOfficer, _names.Officer),
    ];

    private string AgencyName(string id) => _names?.Agency(id) ?? id;

    private void OnChoiceClicked(ReportPeriodKind choice)
    {
        _choice = choice;
        if (choice == ReportPeriodKind.Custom)
        {
            // The custom range starts from what is on screen, so one date can be changed at a time.
            if (_report is not null)
            {
                _from = _report.Period.From.ToDateTime(TimeOnly.MinValue);
                _to = _report.Period.To.ToDateTime(TimeOnly.MinValue);
            }
        }

        ShowCurrent();
    }

    private void OnFromChanged(DateTime? value)
    {
        _from = value;
        ShowCurrent();
    }

    private void OnToChanged(DateTime? value)
    {
        _to = value;
        ShowCurrent();
    }

    private void OnAgencyChanged(string? value)
    {
        _agencyId = value ?? string.Empty;

        // A service, desk or officer of another agency would make an empty report: start those afresh.
        _serviceId = _deskId = _officerId = string.Empty;
        ShowCurrent();
    }

    private void OnServiceChanged(string? value)
    {
        _serviceId = value ?? string.Empty;
        ShowCurrent();
    }

    private void OnDeskChanged(string? value)
    {
        _deskId = value ?? string.Empty;
        ShowCurrent();
    }

    private void OnOfficerChanged(string? value)
    {
        _officerId = value ?? string.Empty;
        ShowCurrent();
    }

    private void ShowCurrent()
    {
        var custom = _choice == ReportPeriodKind.Custom;
        Show(new ReportRequest(
            _choice,
            custom && _from is { } f ? DateOnly.FromDateTime(f) : null,
            custom && _to is { } t ? DateOnly.FromDateTime(t) : null,
            NullIfEmpty(_agencyId),
            NullIfEmpty(_serviceId),
            NullIfEmpty(_deskId),
            NullIfEmpty(_officerId)));

        // Keep the address in step, without a new history entry per click, so a refresh shows the same report.
        if (_request is not null)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
            {
                ["period"] = _request.Kind.ToString(),
                ["from"] = custom ? _request.From?.ToString(ReportRequest.DateFormat, CultureInfo.InvariantCulture) : null,
                ["to"] = custom ? _request.To?.ToString(ReportRequest.DateFormat, CultureInfo.InvariantCulture) : null,
                ["agency"] = _request.AgencyId == _scope ? null : _request.AgencyId,
                ["service"] = _request.ServiceId,
                ["desk"] = _request.DeskId,
                ["officer"] = _request.OfficerId,
            }), replace: true);
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
        var culture = CultureInfo.CurrentCulture;
        var groups = report.Period.Days <= DailyBarsUpTo
            ? report.PerDay.Select(d => (Label: d.Day.ToString("d MMM", culture), d.Issued, d.Served)).ToList()
            : report.PerDay.GroupBy(d => (d.Day.Year, d.Day.Month))
                .Select(g => (Label: new DateOnly(g.Key.Year, g.Key.Month, 1).ToString("MMM yyyy", culture), Issued: g.Sum(d => d.Issued), Served: g.Sum(d => d.Served)))
                .ToList();
        _perDayLabels = [.. groups.Select(g => g.Label)];
        _perDaySeries =
        [
            new ChartSeries<double> { Name = ReportText.ReportIssued, Data = groups.Select(g => (double)g.Issued).ToArray() },
            new ChartSeries<double> { Name = ReportText.ReportServed, Data = groups.Select(g => (double)g.Served).ToArray() },
        ];
    }
}
