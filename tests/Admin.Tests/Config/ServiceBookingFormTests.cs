using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

/// <summary>The booking part of the service form: shown with the service's rules, kept on a save, and checked.</summary>
public class ServiceBookingFormTests : AdminTestBase
{
    private IRenderedComponent<ServiceEditPage> Open(string serviceId)
    {
        SignedInAs("admin");
        return Render<ServiceEditPage>(p => p.Add(x => x.ServiceId, serviceId));
    }

    private static void Save(IRenderedComponent<ServiceEditPage> page) => page.Find("[data-testid='service-save']").Click();

    [Fact]
    public void SavingAnotherField_KeepsTheBookingRules()
    {
        var before = Engine.Catalog.Services["skck"].Booking;
        var page = Open("skck");

        page.Find("input[data-testid='service-standard-wait']").Enter("40");
        Save(page);

        var after = Engine.Catalog.Services["skck"];
        Assert.Equal(40, after.StandardWaitMinutes);
        Assert.Equal(before, after.Booking);
        Assert.True(after.Booking.Open);
        Assert.Equal(4, after.Booking.Sessions.Length);
    }

    [Fact]
    public void TheSessions_ShowAndAnAddedOneIsSaved()
    {
        var page = Open("ktp-el");
        Assert.Equal(3, page.FindAll("[data-testid='service-booking-session']").Count);

        page.Find("input[data-testid='service-quota-online']").Enter("40");
        page.Find("[data-testid='service-booking-session-add']").Click();
        Save(page);

        var sessions = Engine.Catalog.Services["ktp-el"].Booking.Sessions;
        Assert.Equal(4, sessions.Length);
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(15, 0), 10), (sessions[3].Window.Start, sessions[3].Window.End, sessions[3].Capacity));
    }

    [Fact]
    public void SessionsAboveTheOnlineQuota_AreRefusedWithTheFigures()
    {
        var page = Open("ktp-el");

        page.Find("[data-testid='service-booking-session-add']").Click();
        Save(page);

        Assert.Equal("Jumlah tempat semua sesi (40) melebihi kuota online (30).", page.Find("[data-testid='error-booking.sessions']").TextContent.Trim());
        Assert.Equal(3, Engine.Catalog.Services["ktp-el"].Booking.Sessions.Length);
    }
}
