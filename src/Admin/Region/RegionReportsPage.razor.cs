using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Region;

/// <summary>
/// The comparison of the account's sites over a period: each site's own report and staff figures, side by side.
/// The period is in the address (<c>?period=ThisMonth</c>, or Custom with from and to), so a comparison can be linked.
/// </summary>
public partial class RegionReportsPage : ComponentBase
{
    [Inject]
    private RegionReader Reader { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodQuery { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    protected ReportPeriodKind Kind { get; set; } = ReportPeriodKind.Today;

    protected string? From { get; set; }

    protected string? To { get; set; }

    protected IReadOnlyList<string> Sites { get; private set; } = [];

    protected bool AccountInactive { get; private set; }

    protected string? Error { get; private set; }

    /// <summary>The request whose figures are shown (the downloads repeat it).</summary>
    protected RegionRequest? Shown { get; private set; }

    protected ImmutableArray<RegionSiteReport>? Comparison { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        var me = await Officers.GetAsync();
        AccountInactive = me is null;
        Sites = RegionAudience.SitesOf(me, Reader);
    }

    protected override void OnParametersSet()
    {
        Comparison = null;
        Shown = null;
        if (RegionRequest.Parse(PeriodQuery, FromQuery, ToQuery, out var error) is not { } request)
        {
            Error = error;
            return;
        }

        Error = null;
        Kind = request.Kind;
        From = request.Custom is { } custom ? Day(custom.From) : From;
        To = request.Custom is { } period ? Day(period.To) : To;
        if (Sites.Count > 0)
        {
            Comparison = Reader.Compare(Sites, request.Kind, request.Custom);
            Shown = request;
        }
    }

    protected static string KindName(ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Today => RegionText.PeriodToday,
        ReportPeriodKind.ThisWeek => RegionText.PeriodThisWeek,
        ReportPeriodKind.ThisMonth => RegionText.PeriodThisMonth,
        ReportPeriodKind.LastMonth => RegionText.PeriodLastMonth,
        ReportPeriodKind.ThisYear => RegionText.PeriodThisYear,
        _ => RegionText.PeriodCustom,
    };

    /// <summary>Within the standard over every site's tickets together (not the mean of the sites' shares).</summary>
    protected static double? PooledWithinStandard(IEnumerable<RegionSiteReport> sites)
    {
        var reports = sites.Select(s => s.Report).OfType<ReportResult>().ToList();
        var called = reports.Sum(r => r.Waiting.Count);
        return called > 0 ? (double)reports.Sum(r => r.WithinStandard) / called : null;
    }

    private void OnShowClicked()
    {
        var query = Kind == ReportPeriodKind.Custom
            ? $"?period=Custom&from={Uri.EscapeDataString(From ?? string.Empty)}&to={Uri.EscapeDataString(To ?? string.Empty)}"
            : "?period=" + Kind;
        Navigation.NavigateTo(RegionRoutes.Reports + query);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
