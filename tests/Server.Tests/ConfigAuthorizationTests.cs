using System.Net;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Every configuration page tried by nobody, by an officer, by supervisors of the whole MPP and of one agency, and by
/// an admin. The building (site, zones, agencies, holidays) is the admins'; services and desks are the supervisors'
/// too, an agency's supervisor only for their own agency (another agency's form shows a refusal, not the form). The
/// tests only read, so they share one started server.
/// </summary>
public class ConfigAuthorizationTests(SharedHost host) : IClassFixture<SharedHost>
{
    private const string Admin = "admin";
    private const string MppSupervisor = "supervisor";
    private const string AgencySupervisor = "supervisor.disdukcapil";

    public static TheoryData<string> BuildingPages => ["/admin/site", "/admin/zones", "/admin/agencies", "/admin/holidays"];

    [Theory]
    [MemberData(nameof(BuildingPages))]
    public async Task Get_BuildingPage_Admin_ShowsTheFormNotARefusal(string path)
    {
        var factory = host.Factory;
        using var admin = await Accounts.SignedInAsync(factory, Admin);

        var page = await admin.GetStringAsync(path);

        Assert.DoesNotContain("data-testid=\"config-refused\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServiceOfAnotherAgency_AgencySupervisor_GetsARefusalNotTheForm()
    {
        var factory = host.Factory;
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
        var factory = host.Factory;
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
        var factory = host.Factory;
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
