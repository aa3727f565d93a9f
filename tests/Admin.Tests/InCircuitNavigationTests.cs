using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>
/// Navigation inside one circuit (a link, NavigationManager, the back button) keeps a page's component and only sets
/// its parameters again: a page that takes an agency's, service's or desk's id checks who may see it on every one,
/// not only when it first opened. An agency supervisor moves from their own agency's page to another agency's id.
/// </summary>
public class InCircuitNavigationTests : AdminTestBase
{
    private const string Refused = "Data ini milik instansi lain. Anda hanya dapat mengatur layanan dan loket instansi Anda sendiri.";

    public InCircuitNavigationTests()
    {
        Services.AddSingleton<IReportStore>(Store);
    }

    [Fact]
    public void DeskEditPage_OwnDeskThenAnotherAgencysDesk_RefusesTheSecond()
    {
        SignedInAs("supervisor-disdukcapil");
        var page = Render<DeskEditPage>(p => p.Add(x => x.DeskId, DeskFor("ktp-el").Id));
        Assert.Empty(page.FindAll("[data-testid='config-refused']"));

        page.Render(p => p.Add(x => x.DeskId, DeskFor("paspor").Id));

        Assert.Equal(Refused, page.Find("[data-testid='config-refused']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='desk-save']"));
    }

    [Fact]
    public void ServiceEditPage_OwnServiceThenAnotherAgencysService_RefusesTheSecond()
    {
        SignedInAs("supervisor-disdukcapil");
        var page = Render<ServiceEditPage>(p => p.Add(x => x.ServiceId, "ktp-el"));
        Assert.Empty(page.FindAll("[data-testid='config-refused']"));

        page.Render(p => p.Add(x => x.ServiceId, "paspor"));

        Assert.Equal(Refused, page.Find("[data-testid='config-refused']").TextContent);
    }

    [Fact]
    public void ReportsPage_OwnAgencyThenAnotherAgencyInTheAddress_RefusesIt()
    {
        SignedInAs("supervisor-disdukcapil");
        Engine.Issue(new IssueRequest("ktp-el"));
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/reports?period=Today");
        var page = Render<ReportsPage>();
        Assert.Equal("1", page.Find("[data-testid=report-count-issued] [data-testid=report-count-value]").TextContent);

        navigation.NavigateTo("/reports?period=Today&agency=" + Engine.Catalog.FindService("paspor")!.AgencyId);

        page.WaitForAssertion(() => Assert.Equal("Anda hanya boleh melihat laporan instansi Anda sendiri.", page.Find("[data-testid=report-problem]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=report-counts]"));
        Assert.Empty(page.FindAll("[data-testid=report-download-csv]"));
    }
}
