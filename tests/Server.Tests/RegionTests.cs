using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.People;
using MppQueue.Admin.Region;
using MppQueue.Core;
using MppQueue.PostgresTesting;
using MppQueue.Server.Tests.Support;
using Npgsql;

namespace MppQueue.Server.Tests;

/// <summary>
/// The regional view (docs/adr/0023-one-schema-per-site.md, "Regional view"): three sites in one database, each served
/// by its own node, and a province node that reads them (and a schema that does not exist). A regional account given
/// sites A and B sees exactly what A's and B's own Command Center and reports say, and nothing of the others.
/// </summary>
public sealed partial class RegionTests(RegionTests.ThreeSites sites) : IClassFixture<RegionTests.ThreeSites>
{
    private const string A = "mpp_kota_a";
    private const string B = "mpp_kota_b";
    private const string Province = "mpp_provinsi";
    private const string Missing = "mpp_hilang";

    [Fact]
    public void Today_SitesAAndB_AreEachSitesOwnCommandCenterFigures()
    {
        var today = sites.Reader.Today([A, B]);

        Assert.Equal([A, B], today.Sites.Select(s => s.Schema));
        foreach (var (site, own) in new[] { (today.Sites[0], sites.A), (today.Sites[1], sites.B) })
        {
            var building = own.Services.GetRequiredService<CommandCenter>().Snapshot();
            var report = own.Services.GetRequiredService<ReportService>().Build(new ReportPeriod(own.Engine.Today, own.Engine.Today), ReportFilter.All);
            Assert.Equal(RegionSiteState.Ready, site.State);
            Assert.Equal(own.Engine.Catalog.Site.Name, site.Name);
            Assert.Equal(own.Engine.Catalog.Site.TimeZoneId, site.TimeZoneId);
            Assert.Equal(building.Totals with { LongestWait = null }, site.Figures with { LongestWait = null });
            Assert.Equal(building.Totals.LongestWait is null, site.Figures.LongestWait is null);
            Assert.Equal(own.Engine.Snapshot.Desks.Values.Count(d => d.Current is not null), site.AtDesks);
            Assert.Equal(report.WithinStandard, site.WithinStandard);
            Assert.Equal(report.Waiting.Count, site.Called);
        }

        // The sites differ, so the figures above are each site's own and not one site's twice.
        Assert.Equal(2, today.Sites[0].Figures.ServedToday);
        Assert.Equal(1, today.Sites[0].Figures.Waiting);
        Assert.Equal(3, today.Sites[1].Figures.Waiting);
        Assert.Equal(0, today.Sites[1].Figures.ServedToday);
        Assert.Equal(4, today.Totals.Waiting);
        Assert.Equal("Asia/Makassar", today.Sites[1].TimeZoneId);
    }

    [Fact]
    public void Compare_ThisMonth_IsEachSitesOwnReportAndStaffFigures()
    {
        var compared = sites.Reader.Compare([B, A], ReportPeriodKind.ThisMonth);

        Assert.Equal([A, B], compared.Select(s => s.Schema));
        foreach (var (site, own) in new[] { (compared[0], sites.A), (compared[1], sites.B) })
        {
            var period = ReportPeriod.Of(ReportPeriodKind.ThisMonth, own.Engine.Today);
            var report = own.Services.GetRequiredService<ReportService>().Build(period, ReportFilter.All);
            var staff = own.Services.GetRequiredService<StaffReportService>().Build(period, ReportFilter.All);
            Assert.Equal(period, site.Period);
            Assert.Equal(report.Counts, site.Report!.Counts);
            Assert.Equal(report.Waiting, site.Report.Waiting);
            Assert.Equal(report.WithinStandard, site.Report.WithinStandard);
            Assert.Equal(report.Skm, site.Report.Skm);
            Assert.Equal(staff.ByOfficer.Count(o => o.Totals.DutyTicks > 0), site.OfficersOnDuty);
            Assert.Equal(staff.Total.Served, site.Staff!.Total.Served);
        }

        Assert.Equal(3, compared[0].Report!.Counts.Issued);
        Assert.Equal(1, compared[0].OfficersOnDuty);
        Assert.Equal(3, compared[1].Report!.Counts.Issued);
        Assert.Equal(0, compared[1].OfficersOnDuty);
    }

    [Fact]
    public async Task RegionPages_RegionalAccountGivenAAndB_ShowAAndBAndNothingOfTheOthers()
    {
        using var client = await Accounts.SignedInAsync(sites.Province, "wilayah.kota", ThreeSites.Password);

        var command = await client.GetStringAsync(RegionRoutes.Command);
        var reports = await client.GetStringAsync(RegionRoutes.Reports + "?period=ThisMonth");
        var csv = await client.GetStringAsync(RegionRoutes.CsvPath + "?period=ThisMonth");

        foreach (var page in new[] { command, reports })
        {
            Assert.Contains($"data-site=\"{A}\"", page, StringComparison.Ordinal);
            Assert.Contains($"data-site=\"{B}\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"data-site=\"{Province}\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"data-site=\"{Missing}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("data-testid=\"region-total-waiting\">4<", command, StringComparison.Ordinal);
        Assert.Contains(sites.A.Engine.Catalog.Site.Name, csv, StringComparison.Ordinal);
        Assert.Contains(sites.B.Engine.Catalog.Site.Name, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(sites.Province.Engine.Catalog.Site.Name, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RegionalAccount_LandsOnTheRegionalViewAndIsDeniedTheCounter()
    {
        using var client = Accounts.Client(sites.Province);

        using var signedIn = await Accounts.PostSignInAsync(client, "wilayah.kota", ThreeSites.Password);

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        Assert.Equal(RegionRoutes.Command, new Uri(new Uri("http://localhost/"), signedIn.Headers.Location!).AbsolutePath);
        await Accounts.AssertDeniedAsync(client, "/counter");
    }

    [Fact]
    public async Task RegionPages_SiteNotSetUp_SaysSoWithoutAnErrorAndCreatesNothing()
    {
        using var client = await Accounts.SignedInAsync(sites.Province, "wilayah.hilang", ThreeSites.Password);

        using var command = await client.GetAsync(RegionRoutes.Command);
        using var reports = await client.GetAsync(RegionRoutes.Reports + "?period=Today");

        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
        Assert.Contains($"data-site=\"{Missing}\" data-state=\"NotSetUp\"", await command.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"data-site=\"{Missing}\" data-state=\"NotSetUp\"", await reports.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"data-site=\"{A}\" data-state=\"Ready\"", await command.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(sites.Database);
        await connection.OpenAsync();
        await using var schema = new NpgsqlCommand($"SELECT to_regnamespace('{Missing}')::text", connection);
        Assert.Null(await schema.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task RegionReports_BadPeriod_Is400WithTheReason()
    {
        using var client = await Accounts.SignedInAsync(sites.Province, "wilayah.kota", ThreeSites.Password);

        using var reversed = await client.GetAsync(RegionRoutes.CsvPath + "?period=Custom&from=2026-11-30&to=2026-11-01");
        using var page = await client.GetAsync(RegionRoutes.Reports + "?period=Custom&from=2026-11-30&to=2026-11-01");

        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("sebelum", await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"region-error\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "mpp_kota_a", "MppQueue:Storage:Provider is not PostgreSql")]
    [InlineData(true, "mpp_kota_a,Kota-B", "\"Kota-B\", which is not a schema name")]
    [InlineData(true, "mpp_kota_a,mpp_kota_a", "\"mpp_kota_a\" twice")]
    public void Start_BadRegionSites_StopsWithAMessageNamingTheSetting(bool onPostgres, string names, string expected)
    {
        var settings = new Dictionary<string, string> { ["MppQueue:Region:Sites"] = names };
        using var host = onPostgres
            ? MppQueueFactory.OnPostgres(new NpgsqlConnectionStringBuilder(sites.Database) { SearchPath = A }.ConnectionString, settings)
            : new MppQueueFactory(settings: new Dictionary<string, string>(settings) { ["MppQueue:Storage:Provider"] = "LiteDb" });

        var refused = host.StartFailure();

        var messages = string.Join(" | ", Chain(refused).Select(e => e.Message));
        Assert.Contains("MppQueue:Region:Sites", messages, StringComparison.Ordinal);
        Assert.Contains(expected, messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    /// <summary>
    /// Sites A (WIB: two served, one waiting) and B (WITA: three waiting) and the province's own site, each on its own
    /// node and schema of one database; the province's node reads A, B, itself and a schema that does not exist.
    /// </summary>
    public sealed class ThreeSites : IDisposable
    {
        public const string Password = "wilayah-2026-kota";

        public ThreeSites()
        {
            Database = PostgresTestServer.Shared.CreateDatabase("region", migrated: false);
            A = MppQueueFactory.OnPostgres(On(RegionTests.A));
            B = MppQueueFactory.OnPostgres(On(RegionTests.B));
            Province = MppQueueFactory.OnPostgres(On(RegionTests.Province), new Dictionary<string, string>
            {
                ["MppQueue:Region:Sites"] = string.Join(',', RegionTests.A, RegionTests.B, RegionTests.Province, Missing),
            });

            Rename(A, "MPP Kota Arga", "Asia/Jakarta");
            var officer = A.Services.GetRequiredService<IQueueStore>().LoadOfficers().First(o => o.UserName == "petugas.disdukcapil");
            var desk = A.DeskFor("ktp-el");
            A.Engine.SignInToDesk(desk.Id, officer);
            for (var i = 0; i < 2; i++)
            {
                var ticket = A.Engine.Issue(new IssueRequest("ktp-el"));
                A.Engine.CallNext(desk.Id, officer.Id);
                A.Engine.StartServing(desk.Id, ticket.Id, officer.Id);
                A.Engine.Finish(desk.Id, ticket.Id, officer.Id);
            }

            A.Engine.Issue(new IssueRequest("ktp-el"));

            Rename(B, "MPP Kota Balikpapan Baru", "Asia/Makassar");
            for (var i = 0; i < 3; i++)
            {
                B.Engine.Issue(new IssueRequest("ktp-el"));
            }

            Province.Engine.Issue(new IssueRequest("ktp-el"));
            var admin = Province.Services.GetRequiredService<IQueueStore>().LoadOfficers().First(o => o.UserName == "admin");
            var accounts = Province.Services.GetRequiredService<OfficerAdministration>();
            accounts.Create(admin, new NewOfficer("wilayah.kota", "Wilayah Kota", OfficerRole.Regional, null, Password, [RegionTests.B, RegionTests.A]));
            accounts.Create(admin, new NewOfficer("wilayah.hilang", "Wilayah Hilang", OfficerRole.Regional, null, Password, [Missing, RegionTests.A]));
            Reader = Province.Services.GetRequiredService<RegionReader>();
        }

        public string Database { get; }

        public MppQueueFactory A { get; }

        public MppQueueFactory B { get; }

        public MppQueueFactory Province { get; }

        public RegionReader Reader { get; }

        public void Dispose()
        {
            Province.Dispose();
            A.Dispose();
            B.Dispose();
        }

        private string On(string schema) => new NpgsqlConnectionStringBuilder(Database) { SearchPath = schema }.ConnectionString;

        private static void Rename(MppQueueFactory site, string name, string zone)
        {
            site.Services.GetRequiredService<IQueueStore>().SaveSite(site.Engine.Catalog.Site with { Name = name, TimeZoneId = zone });
            site.Engine.ReloadCatalog();
        }
    }
}
