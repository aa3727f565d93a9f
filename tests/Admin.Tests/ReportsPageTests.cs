using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Reports;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

public class ReportsPageTests : AdminTestBase
{
    public ReportsPageTests()
    {
        Services.AddSingleton<IReportStore>(Store);
    }

    /// <summary>Renders the page at an address with the given query, as a person following a link would.</summary>
    private IRenderedComponent<ReportsPage> Open(params (string Name, string Value)[] query)
    {
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/reports?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value))));
        return Render<ReportsPage>();
    }

    [Fact]
    public void Render_ServedTicketToday_CountsItWithItsWait()
    {
        SignedInAs("supervisor");
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Time.Advance(TimeSpan.FromMinutes(12));
        var desk = DeskFor("ktp-el");
        Engine.CallNext(desk.Id);
        Time.Advance(TimeSpan.FromMinutes(5));
        Engine.Finish(desk.Id, ticket.Id);

        var page = Open(("period", "Today"));

        Assert.Equal("1", page.Find("[data-testid=report-count-issued] [data-testid=report-count-value]").TextContent);
        Assert.Equal("1", page.Find("[data-testid=report-count-served] [data-testid=report-count-value]").TextContent);
        Assert.Equal("12,0 mnt", page.Find("[data-testid=report-waiting-mean]").TextContent);
        Assert.Equal("5,0 mnt", page.Find("[data-testid=report-service-mean]").TextContent);
        Assert.Contains("Waktu tunggu: dari tiket diambil", page.Find("[data-testid=report-definitions]").TextContent, StringComparison.Ordinal);
        var cell = page.Find("[data-testid=report-heat-cell][data-day='0'][data-hour='9']");
        Assert.Equal("1", cell.TextContent);
    }

    [Fact]
    public void Render_BookingCheckedInAndCalledToday_ShowsInTheFunnelOfItsChannel()
    {
        SignedInAs("supervisor");
        var booking = Engine.BookToday("ktp-el", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        var ticket = Engine.CheckIn(booking.Code);
        Engine.Issue(new IssueRequest("ktp-el"));
        Time.Advance(TimeSpan.FromMinutes(8));
        Engine.CallSpecific(DeskFor("ktp-el").Id, ticket.Id, "Pesanan");

        var page = Open(("period", "Today"));

        string Cell(string channel, string step) => page.Find($"[data-testid=report-funnel-line][data-channel={channel}] [data-testid=report-funnel-{step}]").TextContent;
        Assert.Equal(["WalkIn", "Web", "Officer", "Agency"], page.FindAll("[data-testid=report-funnel-line]").Select(l => l.GetAttribute("data-channel")));
        // The median is read as the middle of its 30-second bin: 8 minutes shows as 8:15.
        Assert.Equal(("1", "1", "1", "8,2 mnt"), (Cell("Agency", "booked"), Cell("Agency", "checked-in"), Cell("Agency", "called"), Cell("Agency", "wait")));
        Assert.Equal(("–", "1", "0", "–"), (Cell("WalkIn", "booked"), Cell("WalkIn", "checked-in"), Cell("WalkIn", "called"), Cell("WalkIn", "wait")));
        Assert.Contains("Sistem instansi", page.Find("[data-testid=report-funnel]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuotaUse_ByAgencyThenServiceInTheCataloguesOrderWithEachAgencysTotal()
    {
        SignedInAs("supervisor");
        Engine.Issue(new IssueRequest("skck"));
        Engine.Issue(new IssueRequest("kartu-keluarga"));
        Engine.Issue(new IssueRequest("ktp-el"));

        var page = Open(("period", "Today"));

        var catalog = Engine.Catalog;
        var expected = catalog.Agencies.Values.OrderBy(a => a.SortOrder)
            .SelectMany(a => catalog.ServicesOf(a.Id).Where(s => s.Active).Select(s => s.Id))
            .ToList();
        var shown = page.FindAll("[data-testid=report-quota-line]").Select(l => l.GetAttribute("data-service")!).ToList();
        Assert.Equal(expected.Where(shown.Contains), shown);
        Assert.Equal(["ktp-el", "kartu-keluarga"], shown.Take(2));
        var agencies = page.FindAll("[data-testid=report-quota-agency]");
        Assert.Equal(catalog.Agencies.Values.OrderBy(a => a.SortOrder).First().Id, agencies[0].GetAttribute("data-agency"));
        Assert.Equal("2", agencies[0].QuerySelectorAll("td")[0].TextContent);
    }

    [Fact]
    public void Render_LastMonth_DrawsABarPerDayWithThinnedLabels()
    {
        SignedInAs("supervisor");

        var page = Open(("period", "LastMonth"));

        Assert.Equal(31, page.FindAll("[data-testid=report-day-bar]").Count);
        Assert.Equal(16, page.FindAll("[data-testid=report-day-label]").Count);
        Assert.Equal("Tiket per hari", page.Find("[data-testid=report-per-day] h2").TextContent);
    }

    [Fact]
    public void Render_DownloadButtons_CarryTheRequest()
    {
        SignedInAs("supervisor");

        var page = Open(("period", "Custom"), ("from", "2026-11-01"), ("to", "2026-11-20"), ("service", "paspor"));

        var csv = page.Find("[data-testid=report-download-csv]").GetAttribute("href");
        var xlsx = page.Find("[data-testid=report-download-xlsx]").GetAttribute("href");
        Assert.Equal(ReportExportEndpoints.CsvPath + "?period=Custom&from=2026-11-01&to=2026-11-20&service=paspor", csv);
        Assert.Equal(ReportExportEndpoints.XlsxPath + "?period=Custom&from=2026-11-01&to=2026-11-20&service=paspor", xlsx);
        Assert.Contains("20 hari", page.Find("[data-testid=report-period]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReversedPeriod_SaysToSwapTheDates()
    {
        SignedInAs("supervisor");

        var page = Open(("period", "Custom"), ("from", "2026-11-20"), ("to", "2026-11-01"));

        Assert.Equal("Tanggal akhir sebelum tanggal awal. Tukar kedua tanggal.", page.Find("[data-testid=report-problem]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=report-download-csv]"));
    }

    [Fact]
    public void Render_TooLongPeriod_SaysTheLimit()
    {
        SignedInAs("supervisor");

        var page = Open(("period", "Custom"), ("from", "2024-01-01"), ("to", "2026-11-01"));

        Assert.Equal("Periode paling panjang 366 hari. Perpendek periodenya.", page.Find("[data-testid=report-problem]").TextContent);
    }

    [Fact]
    public void Render_BadDate_SaysWhichFormat()
    {
        SignedInAs("supervisor");

        var page = Open(("period", "Custom"), ("from", "<script>"), ("to", "2026-11-01"));

        Assert.Contains("Gunakan format tahun-bulan-hari", page.Find("[data-testid=report-problem]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page.Markup.Replace("&lt;script&gt;", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AgencySupervisor_SeesOnlyTheirAgency()
    {
        var me = SignedInAs("supervisor-disdukcapil");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("paspor"));
        Engine.Issue(new IssueRequest("paspor"));

        var page = Open(("period", "Today"));

        Assert.Equal("1", page.Find("[data-testid=report-count-issued] [data-testid=report-count-value]").TextContent);
        Assert.Contains(Engine.Catalog.Agencies[me.AgencyId!].Name, page.Find("[data-testid=report-scope]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=report-agency]"));
        Assert.All(page.FindAll("[data-testid=report-quota-line]"), line => Assert.Equal(me.AgencyId, Engine.Catalog.FindService(line.GetAttribute("data-service"))!.AgencyId));
    }

    [Fact]
    public void Render_AgencySupervisorAsksForAnotherAgency_IsRefused()
    {
        SignedInAs("supervisor-disdukcapil");
        var other = Engine.Catalog.FindService("paspor")!.AgencyId;

        var page = Open(("period", "Today"), ("agency", other));

        Assert.Equal("Anda hanya boleh melihat laporan instansi Anda sendiri.", page.Find("[data-testid=report-problem]").TextContent);
    }

    [Fact]
    public void Render_OfficerFilter_WarnsThatSkmIgnoresIt()
    {
        SignedInAs("supervisor");
        var officer = Store.LoadOfficers().First(o => o.Role == OfficerRole.Officer);

        var page = Open(("period", "Today"), ("officer", officer.Id));

        var note = page.Find("[data-testid=report-skm-officer-note]");
        Assert.Contains("filter petugas tidak berlaku untuk indeks SKM", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("warning", note.ClassName, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ClickToday_AfterThisMonth_ShowsOneDay()
    {
        SignedInAs("supervisor");
        var page = Render<ReportsPage>();
        Assert.Contains("23 hari", page.Find("[data-testid=report-period]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=report-choice-Today]").Click();

        Assert.Contains("1 hari", page.Find("[data-testid=report-period]").TextContent, StringComparison.Ordinal);
        Assert.Contains("period=Today", Address, StringComparison.Ordinal);
    }
}
