using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Admin.Reports;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Pages;

/// <summary>
/// Queue reports for supervisors: a period and filters, the counts, waiting and service times, the share called
/// within the standard, tickets per day, the busiest hours, quota use, breakdowns and the SKM index, with CSV and
/// Excel downloads of the same. An agency supervisor sees only their own agency. The page's address holds the
/// request (<see cref="ReportRequest"/>), so a report can be bookmarked or shared.
/// </summary>
public partial class ReportsPage
{
    private ReportNames? _names;
    private ReportScreen? _screen;
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
    private NoticeService Notices { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private ReportNames Names => _names ?? throw new InvalidOperationException("The page has not been initialised.");

    /// <summary>The report and its form; there is none while nobody is signed in (the page says so instead).</summary>
    private ReportScreen Screen => _screen ?? throw new InvalidOperationException("Nobody is signed in.");

    private IEnumerable<Agency> Agencies => ReportChoices.Agencies(Engine.Catalog, Screen.Scope);

    private IEnumerable<Service> ServicesInScope => ReportChoices.Services(Engine.Catalog, Screen.AgencyFilter);

    private IEnumerable<Desk> DesksInScope => ReportChoices.Desks(Engine.Catalog, Screen.AgencyFilter);

    private IEnumerable<Officer> OfficersInScope => ReportChoices.Officers(_officers, Screen.AgencyFilter);

    private IReadOnlyList<int> HeatHours => ReportChart.HeatHours(Screen.Report);

    protected override async Task OnInitializedAsync()
    {
        var me = await Officers.GetAsync();
        _officers = Store.LoadOfficers();
        _names = new ReportNames(Engine.Catalog, _officers, CultureInfo.CurrentUICulture);
        if (me is not null)
        {
            _screen = new ReportScreen(Reports, _names, ReportRequest.ScopeOf(me), Notices);
            _screen.Open(Period, From, To, Agency, Service, Desk, OfficerParameter);
        }
    }

    private string AgencyName(string? id) => _names?.Agency(id) ?? id ?? string.Empty;

    private static string NoticeChannelName(NoticeChannel? channel) =>
        channel is { } c ? NoticeChannelOrder.ShortName(c, CultureInfo.CurrentUICulture) : NoticeAdminText.ReportNoChannel;

    private void OnChoiceClicked(ReportPeriodKind choice) => Change(form => form.Choose(choice, Screen.Report?.Period));

    private void OnFromChanged(DateTime? value) => Change(form => form.SetFrom(value));

    private void OnToChanged(DateTime? value) => Change(form => form.SetTo(value));

    private void OnAgencyChanged(string? value) => Change(form => form.SetAgency(value));

    private void OnServiceChanged(string? value) => Change(form => form.SetService(value));

    private void OnDeskChanged(string? value) => Change(form => form.SetDesk(value));

    private void OnOfficerChanged(string? value) => Change(form => form.SetOfficer(value));

    private void Change(Action<ReportForm> change)
    {
        // Keep the address in step, without a new history entry per click, so a refresh shows the same report.
        if (Screen.Change(change) is { } query)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);
        }
    }
}
