using MppQueue.Admin.Reports;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>What the report page's filters offer, without rendering: the supervisor's scope and the chosen agency narrow every list.</summary>
public class ReportChoicesTests
{
    private static readonly SiteCatalog Catalog = DemoMpp.Build();

    [Fact]
    public void AgencyFilter_AgencySupervisor_IsTheirAgencyWhateverTheFormSays()
    {
        var form = new ReportForm();
        form.SetAgency("samsat");

        Assert.Equal("disdukcapil", ReportChoices.AgencyFilter("disdukcapil", form));
        Assert.Equal("samsat", ReportChoices.AgencyFilter(null, form));

        form.SetAgency(string.Empty);
        Assert.Null(ReportChoices.AgencyFilter(null, form));
    }

    [Fact]
    public void Agencies_Scoped_OnlyTheirOwnAndOtherwiseAllInOrder()
    {
        Assert.Equal("samsat", Assert.Single(ReportChoices.Agencies(Catalog, "samsat")).Id);

        var all = ReportChoices.Agencies(Catalog, null).ToList();
        Assert.Equal(Catalog.Agencies.Count, all.Count);
        Assert.Equal(all.Select(a => a.SortOrder).Order(), all.Select(a => a.SortOrder));
    }

    [Fact]
    public void Services_OfAnAgency_OnlyItsOwnByPrefix()
    {
        var services = ReportChoices.Services(Catalog, "disdukcapil").ToList();

        Assert.NotEmpty(services);
        Assert.All(services, s => Assert.Equal("disdukcapil", s.AgencyId));
        Assert.Equal(services.Select(s => s.Prefix).Order(StringComparer.Ordinal), services.Select(s => s.Prefix));
        Assert.Equal(Catalog.Services.Count, ReportChoices.Services(Catalog, null).Count());
    }

    [Fact]
    public void Desks_OfAnAgency_OnlyItsOwnByNumber()
    {
        var desks = ReportChoices.Desks(Catalog, "samsat").ToList();

        Assert.Equal([9, 10, 11, 12], desks.Select(d => d.Number));
        Assert.Equal(Catalog.Desks.Count, ReportChoices.Desks(Catalog, null).Count());
    }

    [Fact]
    public void Officers_OnlyThoseWhoServeTicketsOfTheAgency()
    {
        var officers = DemoMpp.Officers();

        var ofAgency = ReportChoices.Officers(officers, "disdukcapil").ToList();
        var all = ReportChoices.Officers(officers, null).ToList();

        Assert.Equal("petugas-disdukcapil", Assert.Single(ofAgency).Id);
        Assert.DoesNotContain(all, o => o.Role != OfficerRole.Officer);
        Assert.Equal(officers.Count(o => o.Role == OfficerRole.Officer), all.Count);
        Assert.Equal(all.Select(o => o.DisplayName).Order(StringComparer.CurrentCulture), all.Select(o => o.DisplayName));
    }

    [Fact]
    public void HeatHours_NoReport_AreAUsualDaySevenToSixteen()
    {
        Assert.Equal(Enumerable.Range(7, 10), ReportChart.HeatHours(null));
    }
}
