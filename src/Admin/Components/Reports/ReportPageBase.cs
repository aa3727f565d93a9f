using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Reports;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Components.Reports;

/// <summary>
/// What the queue report and the staff report pages share: the address's query (period, dates, agency, desk,
/// officer), the signed-in supervisor's scope, the names, the filter lists and keeping the address in step with the
/// form. Each page adds only its own parameters and what it shows.
/// </summary>
/// <typeparam name="TScreen">The page's state and decisions.</typeparam>
/// <typeparam name="TReport">The report the page shows.</typeparam>
public abstract class ReportPageBase<TScreen, TReport> : ComponentBase
    where TScreen : ReportScreenBase<TReport>
    where TReport : class
{
    private ReportNames? _names;
    private TScreen? _screen;

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = "agency")]
    public string? Agency { get; set; }

    [SupplyParameterFromQuery(Name = "desk")]
    public string? Desk { get; set; }

    [SupplyParameterFromQuery(Name = "officer")]
    public string? OfficerParameter { get; set; }

    [Inject]
    protected ReportService Reports { get; set; } = default!;

    [Inject]
    protected QueueEngine Engine { get; set; } = default!;

    [Inject]
    private IQueueStore Store { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Whether someone is signed in (otherwise the page says so instead of a report).</summary>
    protected bool HasScreen => _screen is not null;

    protected ReportNames Names => _names ?? throw new InvalidOperationException("The page has not been initialised.");

    /// <summary>The report and its form; there is none while nobody is signed in.</summary>
    protected TScreen Screen => _screen ?? throw new InvalidOperationException("Nobody is signed in.");

    /// <summary>Every officer account, for the names and the officer filter.</summary>
    protected IReadOnlyList<Officer> AllOfficers { get; private set; } = [];

    protected IEnumerable<Agency> Agencies => ReportChoices.Agencies(Engine.Catalog, Screen.Scope);

    protected IEnumerable<Desk> DesksInScope => ReportChoices.Desks(Engine.Catalog, Screen.AgencyFilter);

    protected virtual IEnumerable<Officer> OfficersInScope => ReportChoices.Officers(AllOfficers, Screen.AgencyFilter);

    /// <summary>The service the address asks for; null on a page without a service filter.</summary>
    protected virtual string? ServiceParameter => null;

    /// <summary>The address's report values last shown: the address the page wrote itself is not opened again.</summary>
    private (string?, string?, string?, string?, string?, string?, string?)? _opened;

    private (string?, string?, string?, string?, string?, string?, string?) Asked => (Period, From, To, Agency, ServiceParameter, Desk, OfficerParameter);

    protected override async Task OnInitializedAsync()
    {
        var me = await Officers.GetAsync();
        AllOfficers = Store.LoadOfficers();
        _names = new ReportNames(Engine.Catalog, AllOfficers, CultureInfo.CurrentUICulture);
        if (me is not null)
        {
            _screen = CreateScreen(_names, ReportRequest.ScopeOf(me));
        }
    }

    /// <summary>
    /// Opens the report the address asks for on every navigation, in-app ones included (a link or the back button
    /// within the same page keeps this component and only sets its parameters again), so another agency's id in
    /// the address is refused whichever way it came.
    /// </summary>
    protected override void OnParametersSet()
    {
        if (_screen is null || Asked == _opened)
        {
            return;
        }

        _opened = Asked;
        _screen.Open(Period, From, To, Agency, ServiceParameter, Desk, OfficerParameter);
    }

    /// <summary>The page's screen for a signed-in account limited to <paramref name="scope"/> (null: MPP-wide).</summary>
    protected abstract TScreen CreateScreen(ReportNames names, string? scope);

    /// <summary>Applies a change of the form and keeps the address in step.</summary>
    protected void OnFormChanged(Action<ReportForm> change)
    {
        // No new history entry per click, yet a refresh shows the same report.
        if (Screen.Change(change) is { } query)
        {
            _opened = (Value("period"), Value("from"), Value("to"), Value("agency"), query.ContainsKey("service") ? Value("service") : null, Value("desk"), Value("officer"));
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);
        }

        string? Value(string name) => query.GetValueOrDefault(name) as string;
    }
}
