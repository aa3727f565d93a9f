using Bunit;
using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

public class HolidaysPageTests : AdminTestBase
{
    [Fact]
    public void Add_Date_IsListedAndClosesServicesThatDay()
    {
        SignedInAs("admin");
        var page = Render<HolidaysPage>();

        page.Find("input[data-testid='holiday-date']").Enter("2026-12-25");
        page.Find("[data-testid='holiday-add']").Click();

        Assert.Equal("Jumat, 25 Desember 2026 ditambahkan sebagai hari libur.", page.Find("[data-testid='form-saved']").TextContent.Trim());
        Assert.Equal("2026-12-25", page.Find("[data-testid='holiday-row']").GetAttribute("data-date"));
        Assert.Contains(new DateOnly(2026, 12, 25), Engine.Catalog.Site.Holidays);
    }

    [Fact]
    public void Add_Today_StopsNewTicketsButKeepsIssuedOnes()
    {
        var issued = Engine.Issue(new IssueRequest("ktp-el"));
        SignedInAs("admin");
        var page = Render<HolidaysPage>();

        page.Find("input[data-testid='holiday-date']").Enter("2026-11-23");
        page.Find("[data-testid='holiday-add']").Click();

        Assert.Equal(QueueErrorCode.ServiceClosedDay, Assert.Throws<QueueException>(() => Engine.Issue(new IssueRequest("ktp-el"))).Code);
        Assert.Equal(TicketStatus.Waiting, Engine.FindTicket(issued.Id)!.Status);
    }

    [Theory]
    [InlineData("", "Hari libur wajib diisi.")]
    [InlineData("1900-01-01", "Hari libur: tanggal 1900-01-01 harus antara tahun 2000 dan 2100.")]
    public void Add_EmptyOrFarOffDate_IsRefusedUnderTheDate(string date, string message)
    {
        SignedInAs("admin");
        var page = Render<HolidaysPage>();

        page.Find("input[data-testid='holiday-date']").Enter(date);
        page.Find("[data-testid='holiday-add']").Click();

        Assert.Equal(message, page.Find("[data-testid='error-holiday']").TextContent.Trim());
        Assert.Empty(Engine.Catalog.Site.Holidays);
    }

    [Fact]
    public void Add_ExistingHoliday_IsRefused_AndRemove_RemovesIt()
    {
        SignedInAs("admin");
        var page = Render<HolidaysPage>();
        page.Find("input[data-testid='holiday-date']").Enter("2026-12-25");
        page.Find("[data-testid='holiday-add']").Click();

        // The first change re-renders the page once more from the live notifier; an attempt may meet that render.
        page.WaitForAssertion(() =>
        {
            page.Find("input[data-testid='holiday-date']").Enter("2026-12-25");
            page.Find("[data-testid='holiday-add']").Click();
            Assert.Equal("Tanggal 2026-12-25 sudah menjadi hari libur.", page.Find("[data-testid='error-holiday']").TextContent.Trim());
        });
        Assert.Single(Engine.Catalog.Site.Holidays);

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='holiday-remove']").Click();
            Assert.Empty(Engine.Catalog.Site.Holidays);
        });
        Assert.NotNull(page.Find("[data-testid='holiday-none']"));
    }
}
