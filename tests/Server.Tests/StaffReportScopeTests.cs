using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Who sees whose staff figures: Disdukcapil's officer and Imigrasi's officer each serve a visitor today; an agency
/// supervisor's page and downloads hold only their agency's officer, the MPP's supervisor both, and an agency
/// supervisor who asks for another agency or its officer gets a refusal that names nothing of it. (That officers are
/// refused the page and downloads is in <see cref="AuthorizationTableTests"/>; their own figures are on the counter.)
/// </summary>
public sealed class StaffReportScopeTests(StaffReportScopeTests.WorkedHost host) : IClassFixture<StaffReportScopeTests.WorkedHost>
{
    private const string Csv = "/reports/staff/export.csv?period=Today";
    private const string Rina = "Rina Wulandari";
    private const string Bayu = "Bayu Anggara";

    /// <summary>Each agency's demo officer signed in at a desk of theirs, serving one visitor.</summary>
    public sealed class WorkedHost : SharedHost
    {
        public WorkedHost()
        {
            var store = Factory.Services.GetRequiredService<IQueueStore>();
            foreach (var (officerId, serviceId) in new[] { ("petugas-disdukcapil", "ktp-el"), ("petugas-imigrasi", "paspor") })
            {
                var officer = store.LoadOfficers().Single(o => o.Id == officerId);
                var desk = Factory.DeskFor(serviceId);
                Factory.Engine.SignInToDesk(desk.Id, officer);
                var ticket = Factory.Engine.Issue(new IssueRequest(serviceId));
                Factory.Engine.CallNext(desk.Id, officer.Id);
                Factory.Engine.Finish(desk.Id, ticket.Id, officer.Id);
            }
        }
    }

    [Fact]
    public async Task Get_Csv_AgencySupervisor_GetsOnlyTheirAgencysOfficer()
    {
        using var supervisor = await Accounts.SignedInAsync(host.Factory, "supervisor.disdukcapil");

        using var response = await supervisor.GetAsync(Csv);
        var text = await TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains(Rina, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Bayu, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Imigrasi", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Csv_MppSupervisor_GetsEveryAgency()
    {
        using var supervisor = await Accounts.SignedInAsync(host.Factory, "supervisor");

        using var response = await supervisor.GetAsync(Csv);
        var text = await TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Rina, text, StringComparison.Ordinal);
        Assert.Contains(Bayu, text, StringComparison.Ordinal);
        Assert.Contains("\"Dilayani\";2\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&agency=imigrasi", HttpStatusCode.Forbidden)]
    [InlineData("&officer=petugas-imigrasi", HttpStatusCode.BadRequest)]
    [InlineData("&desk=loket-07", HttpStatusCode.BadRequest)]
    public async Task Get_Csv_AgencySupervisorAsksForAnotherAgency_IsRefusedNamingNothingOfIt(string filter, HttpStatusCode expected)
    {
        using var supervisor = await Accounts.SignedInAsync(host.Factory, "supervisor.disdukcapil");

        using var response = await supervisor.GetAsync(Csv + filter);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain(Bayu, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Page_AgencySupervisor_ShowsOnlyTheirAgency()
    {
        using var supervisor = await Accounts.SignedInAsync(host.Factory, "supervisor.disdukcapil");

        var page = await supervisor.GetStringAsync("/reports/staff?period=Today");

        Assert.Contains(Rina, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Bayu, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Csv_BadPeriod_IsA400InWords()
    {
        using var supervisor = await Accounts.SignedInAsync(host.Factory, "supervisor");

        using var response = await supervisor.GetAsync("/reports/staff/export.csv?period=Custom&from=2026-13-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tanggal", (await response.Content.ReadAsStringAsync()).ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
}
