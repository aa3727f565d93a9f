using MppQueue.Core;
using MppQueue.Counter.Bookings;
using MppQueue.Counter.Pages;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>The officer's booking screen on Monday 23 November 2026, 09:00: scoped to the officer's agency, in their name.</summary>
public class CounterBookingsPageTests : CounterTestBase
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    [Fact]
    public void AnOfficer_BooksForAVisitor_InTheirOwnName_AndSeesTheCode()
    {
        SignedInAs("petugas-disdukcapil");
        var cut = Render<CounterBookingsPage>();

        cut.Find("[data-testid='officer-booking-service']").Change("ktp-el");
        cut.Find("[data-testid='officer-booking-day']").Change("2026-11-24");
        cut.Find("[data-testid='officer-booking-session']").Change("13:00");
        cut.Find("[data-testid='officer-booking-phone']").Change("0812 1111 2222");
        cut.Find("[data-testid='officer-booking-submit']").Click();

        var booking = Assert.Single(Engine.BookingsOn(Tuesday));
        Assert.Equal((BookingChannel.Officer, "petugas-disdukcapil", new TimeOnly(13, 0)), (booking.Channel, booking.MadeBy, booking.Window.Start));
        Assert.Equal(booking.Code, cut.Find("[data-testid='officer-booking-code']").TextContent);
    }

    [Fact]
    public void TheServices_AreTheOfficersAgencysOnly_AndAServiceOutsideIsRefusedEvenWhenSentByHand()
    {
        var officer = SignedInAs("petugas-disdukcapil");
        var cut = Render<CounterBookingsPage>();

        var offered = cut.FindAll("[data-testid='officer-booking-service'] option").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0).ToList();
        Assert.Equal(["ktp-el"], offered);

        var desk = new OfficerBookings(Engine, Secret, officer) { ServiceId = "skck", Day = Tuesday, SessionStart = new TimeOnly(9, 0), Phone = "081211112222", Nik = "3201234567890123" };
        var (booking, refusal) = desk.Book(EnglishOrIndonesian);

        Assert.Null(booking);
        Assert.NotNull(refusal);
        Assert.Empty(Engine.BookingsOn(Tuesday));
    }

    [Fact]
    public void TheDaysBookings_ListWithAMaskedPhone_AndCancelReturnsThePlace()
    {
        var web = Engine.Book(new BookingRequest("ktp-el", Tuesday, new TimeOnly(9, 0), BookingHolder.From("081299998888", null, Secret)));
        Engine.Book(new BookingRequest("skck", Tuesday, new TimeOnly(9, 0), BookingHolder.From("081277776666", "3201234567890123", Secret)));
        SignedInAs("petugas-disdukcapil");
        var cut = Render<CounterBookingsPage>();
        cut.Find("[data-testid='officer-booking-list-day']").Change("2026-11-24");

        var row = Assert.Single(cut.FindAll("[data-testid='officer-booking-row']"));
        Assert.Equal(web.Code, row.GetAttribute("data-code"));
        Assert.Contains("••••8888", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("081299998888", cut.Markup, StringComparison.Ordinal);

        cut.Find("[data-testid='officer-booking-cancel']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Cancelled", cut.Find("[data-testid='officer-booking-row']").GetAttribute("data-state")));
        Assert.Equal(10, Engine.OfferFor("ktp-el", Tuesday).Sessions[1].Left);
    }

    [Fact]
    public void AnMppWideSupervisor_BooksForEveryAgency()
    {
        var supervisor = SaveOfficer("spv", null, OfficerRole.Supervisor);

        var desk = new OfficerBookings(Engine, Secret, supervisor);

        Assert.Equal(["ktp-el", "paspor", "skck"], desk.Services.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    private static System.Globalization.CultureInfo EnglishOrIndonesian => System.Globalization.CultureInfo.GetCultureInfo("id-ID");
}
