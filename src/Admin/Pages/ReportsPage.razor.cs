using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Admin.Components.Reports;
using MppQueue.Admin.Reports;
using MppQueue.Core;

namespace MppQueue.Admin.Pages;

/// <summary>
/// Queue reports for supervisors: a period and filters, the counts, waiting and service times, the share called
/// within the standard, tickets per day, the busiest hours, quota use, breakdowns and the SKM index, with CSV and
/// Excel downloads of the same. An agency supervisor sees only their own agency. The page's address holds the
/// request (<see cref="ReportRequest"/>), so a report can be bookmarked or shared; what the staff page shares with
/// it is in <see cref="ReportPageBase{TScreen, TReport}"/>.
/// </summary>
public partial class ReportsPage
{
    [SupplyParameterFromQuery(Name = "service")]
    public string? Service { get; set; }

    [Inject]
    private NoticeService Notices { get; set; } = default!;

    protected override string? ServiceParameter => Service;

    private IEnumerable<Service> ServicesInScope => ReportChoices.Services(Engine.Catalog, Screen.AgencyFilter);

    private IReadOnlyList<int> HeatHours => ReportChart.HeatHours(Screen.Report);

    protected override ReportScreen CreateScreen(ReportNames names, string? scope) => new(Reports, names, scope, Notices);

    private string AgencyName(string? id) => Names.Agency(id);

    private static string NoticeChannelName(NoticeChannel? channel) =>
        channel is { } c ? NoticeChannelOrder.ShortName(c, CultureInfo.CurrentUICulture) : NoticeAdminText.ReportNoChannel;
}
