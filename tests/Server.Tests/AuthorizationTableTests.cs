using System.Net;
using MppQueue.Admin.Ikm;
using MppQueue.Admin.People;
using MppQueue.Admin.Region;
using MppQueue.Admin.Reports;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Who may open which protected address, as one table: every protected page and download × every kind of person
/// (nobody, an officer, an officer of another agency, an agency's supervisor, the MPP's supervisor, an admin) ×
/// what that person gets: sent to sign in (and back), the denial page, or the page itself. Only reads are asked
/// for, so one host serves the whole table. What a served person then sees (an agency's supervisor narrowed to their
/// agency, another agency's form refused) is tested beside each area's pages.
/// </summary>
public sealed class AuthorizationTableTests(AuthorizationHost host) : IClassFixture<AuthorizationHost>
{
    /// <summary>Stands in a route for a ticket issued on the host (the ticket history's address).</summary>
    public const string TicketPlaceholder = "{ticket}";

    // The policy each address names, and what each person gets under it. Officer and AgencySupervisor are Disdukcapil's,
    // OfficerOfAnotherAgency Samsat's; loket-01 is a Disdukcapil desk and loket-09 a Samsat desk.
    private static readonly Outcome[] _supervisor = [Outcome.SentToSignIn, Outcome.Denied, Outcome.Denied, Outcome.Served, Outcome.Served, Outcome.Served];
    private static readonly Outcome[] _admin = [Outcome.SentToSignIn, Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.Served];
    private static readonly Outcome[] _anyAccount = [Outcome.SentToSignIn, Outcome.Served, Outcome.Served, Outcome.Served, Outcome.Served, Outcome.Served];
    private static readonly Outcome[] _disdukcapilDesk = [Outcome.SentToSignIn, Outcome.Served, Outcome.Denied, Outcome.Served, Outcome.Served, Outcome.Served];
    private static readonly Outcome[] _samsatDesk = [Outcome.SentToSignIn, Outcome.Denied, Outcome.Served, Outcome.Denied, Outcome.Served, Outcome.Served];

    // The regional view is a regional account's only (RegionalAccount_...): the hosting site's own people are denied it.
    private static readonly Outcome[] _regional = [Outcome.SentToSignIn, Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.Denied];

    private static readonly (string Route, Outcome[] Outcomes)[] _routes =
    [
        // Counter
        ("/counter", _anyAccount),
        ("/counter/loket-01", _disdukcapilDesk),
        ("/counter/loket-09", _samsatDesk),
        ("/counter/bookings", _anyAccount),
        ("/counter/tickets", _supervisor),
        ("/counter/tickets/" + TicketPlaceholder, _supervisor),

        // The desk's survey tablet
        ("/survey/desk/loket-01", _disdukcapilDesk),

        // Display: the registry of screens
        ("/display/screens", _supervisor),
        ("/display/register", _supervisor),

        // Admin: home, Command Center, reports, IKM
        ("/admin", _supervisor),
        ("/command", _supervisor),
        ("/command/wall", _supervisor),
        ("/reports", _supervisor),
        (ReportExportEndpoints.CsvPath + "?period=Today", _supervisor),
        (ReportExportEndpoints.XlsxPath + "?period=Today", _supervisor),
        ("/reports/ikm", _supervisor),
        (IkmExportEndpoint.Path + "?from=2026-11-01&to=2026-11-30", _supervisor),
        ("/reports/staff", _supervisor),
        (StaffExportEndpoints.CsvPath + "?period=Today", _supervisor),
        (StaffExportEndpoints.XlsxPath + "?period=Today", _supervisor),

        // Admin: configuration (the building is the admins'; services and desks the supervisors' too)
        ("/admin/site", _admin),
        ("/admin/zones", _admin),
        ("/admin/agencies", _admin),
        ("/admin/holidays", _admin),
        ("/admin/services", _supervisor),
        ("/admin/services/ktp-el", _supervisor),
        ("/admin/services/new", _supervisor),
        ("/admin/desks", _supervisor),
        ("/admin/desks/loket-01", _supervisor),
        ("/admin/desks/new", _supervisor),

        // Admin: people, devices, audit, backup
        ("/admin/officers", _supervisor),
        ("/admin/audit", _supervisor),
        ("/admin/complaints", _supervisor),
        ("/admin/devices", _admin),
        ("/admin/api-clients", _admin),
        ("/admin/webhooks", _admin),
        ("/admin/backup", _admin),
        (BackupDownload.Path, _admin),

        // The regional view
        (RegionRoutes.Command, _regional),
        (RegionRoutes.Reports, _regional),
        (RegionRoutes.CsvPath + "?period=Today", _regional),
        (RegionRoutes.XlsxPath + "?period=Today", _regional),
    ];

    /// <summary>Every protected address of the table (with <see cref="TicketPlaceholder"/> where a ticket's id goes).</summary>
    public static IEnumerable<string> Routes => _routes.Select(r => r.Route);

    public static TheoryData<string, Who, Outcome> Table
    {
        get
        {
            var table = new TheoryData<string, Who, Outcome>();
            foreach (var (route, outcomes) in _routes)
            {
                foreach (var who in Enum.GetValues<Who>())
                {
                    table.Add(route, who, outcomes[(int)who]);
                }
            }

            return table;
        }
    }

    /// <summary>Every address of the table, with whether a regional account is served (the regional view) or denied (everything else).</summary>
    public static TheoryData<string, Outcome> RegionalTable
    {
        get
        {
            var table = new TheoryData<string, Outcome>();
            foreach (var (route, outcomes) in _routes)
            {
                table.Add(route, outcomes == _regional ? Outcome.Served : Outcome.Denied);
            }

            return table;
        }
    }

    [Fact]
    public void Table_EveryRouteHasAnOutcomeForEveryone()
    {
        Assert.All(_routes, r => Assert.Equal(Enum.GetValues<Who>().Length, r.Outcomes.Length));
        Assert.Equal(_routes.Length, _routes.Select(r => r.Route).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Get_ProtectedAddress_GivesEachPersonTheirOutcome(string route, Who who, Outcome expected)
    {
        var path = route.Replace(TicketPlaceholder, host.TicketId, StringComparison.Ordinal);
        var client = await host.ClientAsync(who);

        switch (expected)
        {
            case Outcome.SentToSignIn:
                await Accounts.AssertSentToSignInAsync(client, path);
                break;
            case Outcome.Denied:
                await Accounts.AssertDeniedAsync(client, path);
                break;
            default:
                using (var response = await client.GetAsync(path))
                {
                    // On PostgreSQL the server keeps no file to download: backups are the database's (docs/deploy.md).
                    var served = route == BackupDownload.Path && MppQueueFactory.OnPostgresByDefault ? HttpStatusCode.Conflict : HttpStatusCode.OK;
                    Assert.Equal(served, response.StatusCode);
                }

                break;
        }
    }

    [Theory]
    [MemberData(nameof(RegionalTable))]
    public async Task Get_ProtectedAddress_RegionalAccountIsServedOnlyTheRegionalView(string route, Outcome expected)
    {
        var path = route.Replace(TicketPlaceholder, host.TicketId, StringComparison.Ordinal);
        var client = await host.RegionalClientAsync();
        if (expected == Outcome.Denied)
        {
            await Accounts.AssertDeniedAsync(client, path);
            return;
        }

        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
