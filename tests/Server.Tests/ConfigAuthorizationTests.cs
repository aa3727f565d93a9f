using System.Net;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Every configuration page tried by nobody, by an officer, by supervisors of the whole MPP and of one agency, and by
/// an admin. The building (site, zones, agencies, holidays) is the admins'; services and desks are the supervisors'
/// too, an agency's supervisor only for their own agency (another agency's form shows a refusal, not the form).
/// </summary>
public class ConfigAuthorizationTests
{
    private const string Admin = "admin";
    private const string MppSupervisor = "supervisor";
    private const string AgencySupervisor = "supervisor.disdukcapil";
    private const string Officer = "petugas.disdukcapil";

    public static TheoryData<string> AllPages =>
    [
        "/admin/site", "/admin/zones", "/admin/agencies", "/admin/holidays",
        "/admin/services", "/admin/services/ktp-el", "/admin/services/new", "/admin/desks", "/admin/desks/loket-01", "/admin/desks/new",
    ];

    public static TheoryData<string> BuildingPages => ["/admin/site", "/admin/zones", "/admin/agencies", "/admin/holidays"];

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Get_ConfigPage_Anonymous_GoesToSignInAndBack(string path)
    {
        using var factory = new MppQueueFactory();
        using var client = Accounts.Client(factory);

        await Accounts.AssertSentToSignInAsync(client, path);
    }

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Get_ConfigPage_Officer_IsDenied(string path)
    {
        using var factory = new MppQueueFactory();
        using var officer = await Accounts.SignedInAsync(factory, Officer);

        await Accounts.AssertDeniedAsync(officer, path);
    }

    [Theory]
    [MemberData(nameof(BuildingPages))]
    public async Task Get_BuildingPage_Supervisors_AreDenied_AdminIsServed(string path)
    {
        using var factory = new MppQueueFactory();
        using var agency = await Accounts.SignedInAsync(factory, AgencySupervisor);
        using var mpp = await Accounts.SignedInAsync(factory, MppSupervisor);
        using var admin = await Accounts.SignedInAsync(factory, Admin);

        using var agencyResponse = await agency.GetAsync(path);
        using var mppResponse = await mpp.GetAsync(path);
        using var adminResponse = await admin.GetAsync(path);

        Assert.StartsWith("/account/denied", agencyResponse.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/account/denied", mppResponse.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.DoesNotContain("data-testid=\"config-refused\"", await adminResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServiceOfAnotherAgency_AgencySupervisor_GetsARefusalNotTheForm()
    {
        using var factory = new MppQueueFactory();
        using var supervisor = await Accounts.SignedInAsync(factory, AgencySupervisor);

        var other = await supervisor.GetStringAsync("/admin/services/paspor");
        var own = await supervisor.GetStringAsync("/admin/services/ktp-el");

        Assert.Contains("data-testid=\"config-refused\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"service-form\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Kantor Imigrasi", other, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"service-form\"", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeskOfAnotherAgency_AgencySupervisor_GetsARefusalNotTheForm()
    {
        using var factory = new MppQueueFactory();
        using var supervisor = await Accounts.SignedInAsync(factory, AgencySupervisor);

        var other = await supervisor.GetStringAsync("/admin/desks/loket-07");
        var own = await supervisor.GetStringAsync("/admin/desks/loket-01");

        Assert.Contains("data-testid=\"config-refused\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"desk-form\"", other, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"desk-form\"", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServiceList_AgencySupervisor_ListsOnlyTheirAgency_MppSupervisorListsAll()
    {
        using var factory = new MppQueueFactory();
        using var agency = await Accounts.SignedInAsync(factory, AgencySupervisor);
        using var mpp = await Accounts.SignedInAsync(factory, MppSupervisor);

        var scoped = await agency.GetStringAsync("/admin/services");
        var all = await mpp.GetStringAsync("/admin/services");

        Assert.Contains("data-service-id=\"ktp-el\"", scoped, StringComparison.Ordinal);
        Assert.DoesNotContain("data-service-id=\"paspor\"", scoped, StringComparison.Ordinal);
        Assert.Contains("data-service-id=\"paspor\"", all, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"service-form\"", await mpp.GetStringAsync("/admin/services/paspor"), StringComparison.Ordinal);
    }
}
