using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>The public booking page on Monday 23 November 2026, 09:00: the demo's KTP-el and SKCK take bookings.</summary>
public class BookingPageTests : ComponentTestBase
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    public BookingPageTests() => Services.AddKiosk();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<BookingPage> Open(string address)
    {
        Navigation.NavigateTo(address);
        return Render<BookingPage>();
    }

    private static string Session(string serviceId, int hour) =>
        BookingPage.Link(serviceId == "skck" ? "polres" : "disdukcapil", serviceId, Tuesday, new TimeOnly(hour, 0));

    private Booking BookFor(string phone, int hour = 13) =>
        Engine.Book(new BookingRequest("ktp-el", Tuesday, new TimeOnly(hour, 0), BookingHolder.From(phone, null, Secret)));

    [Fact]
    public void TheSteps_LeadFromAgencyToSession_EachChoiceInTheAddress()
    {
        var cut = Open("/booking");
        Assert.Equal("Agency", cut.Find("[data-testid='booking-page']").GetAttribute("data-step"));
        var agencies = cut.FindAll("[data-testid='booking-agency']").Select(a => a.GetAttribute("data-agency-id")).ToList();
        Assert.Equal(["disdukcapil", "imigrasi", "polres"], agencies);

        cut = Open(BookingPage.Link("disdukcapil"));
        var service = Assert.Single(cut.FindAll("[data-testid='booking-service']"));
        Assert.Contains("Kartu Keluarga asli", service.TextContent, StringComparison.Ordinal);

        cut = Open(BookingPage.Link("disdukcapil", "ktp-el"));
        var days = cut.FindAll("[data-testid='booking-day']").Select(d => d.GetAttribute("data-day")).ToList();
        Assert.Equal("2026-11-24", days[0]);
        Assert.DoesNotContain("2026-11-23", days);
        Assert.DoesNotContain("2026-11-28", days);

        cut = Open(BookingPage.Link("disdukcapil", "ktp-el", Tuesday));
        var sessions = cut.FindAll("[data-testid='booking-session']").Select(s => (s.GetAttribute("data-session"), s.GetAttribute("data-left"))).ToList();
        Assert.Equal([("08:00", "10"), ("09:00", "10"), ("13:00", "10")], sessions);
    }

    [Fact]
    public void AnUnknownOrWrongChoice_FallsBackToTheStepBeforeIt()
    {
        Assert.Equal("Agency", Open("/booking?agency=nope&service=ktp-el").Find("[data-testid='booking-page']").GetAttribute("data-step"));
        Assert.Equal("Service", Open("/booking?agency=disdukcapil&service=skck").Find("[data-testid='booking-page']").GetAttribute("data-step"));
        Assert.Equal("Day", Open("/booking?agency=disdukcapil&service=ktp-el&day=2026-11-23").Find("[data-testid='booking-page']").GetAttribute("data-step"));
        Assert.Equal("Session", Open("/booking?agency=disdukcapil&service=ktp-el&day=2026-11-24&session=07:00").Find("[data-testid='booking-page']").GetAttribute("data-step"));
    }

    [Fact]
    public void Booking_GoesToTheBookingsOwnPage_AndTakesThePlace()
    {
        var cut = Open(Session("ktp-el", 9));

        cut.Find("[data-testid='booking-phone']").Change("0812 3456 7890");
        cut.Find("[data-testid='booking-form']").Submit();

        Eventually(() => Assert.Contains("/booking/", Navigation.Uri, StringComparison.Ordinal));
        var booking = Assert.Single(Store.LoadBookings(Tuesday), b => b.Phone == "6281234567890");
        Assert.EndsWith(KioskRoutes.BookingPage(booking.Token!), Navigation.Uri, StringComparison.Ordinal);
        Assert.Equal(9, Engine.OfferFor("ktp-el", Tuesday).Sessions[1].Left);
    }

    [Fact]
    public void ABadPhoneNumber_IsRefusedOnThePage_AndNothingIsBooked()
    {
        var cut = Open(Session("ktp-el", 9));

        cut.Find("[data-testid='booking-phone']").Change("021-555");
        cut.Find("[data-testid='booking-form']").Submit();

        cut.WaitForAssertion(() => Assert.StartsWith("Nomor HP 021-555 tidak dikenali", cut.Find("[data-testid='booking-error']").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(Store.LoadBookings(Tuesday), b => b.ServiceId == "ktp-el" && b.Window.Start.Hour == 9);
    }

    [Fact]
    public void TheNik_IsAskedOnlyWhereTheAgencyNeedsIt()
    {
        Assert.Empty(Open(Session("ktp-el", 9)).FindAll("[data-testid='booking-nik']"));

        var cut = Open(Session("skck", 9));
        cut.Find("[data-testid='booking-phone']").Change("081234567890");
        cut.Find("[data-testid='booking-form']").Submit();
        cut.WaitForAssertion(() => Assert.StartsWith("Layanan ini memerlukan NIK", cut.Find("[data-testid='booking-error']").TextContent, StringComparison.Ordinal));

        cut.Find("[data-testid='booking-nik']").Change("3201234567890123");
        cut.Find("[data-testid='booking-form']").Submit();
        Eventually(() => Assert.Equal("0123", Assert.Single(Store.LoadBookings(Tuesday), b => b.ServiceId == "skck").NikLast4));
    }

    [Fact]
    public void APlaceTakenOrReturnedElsewhere_ShowsOnTheSessionsWithoutAReload()
    {
        var first = BookFor("081200000001");
        var cut = Open(BookingPage.Link("disdukcapil", "ktp-el", Tuesday));
        Assert.Equal("9", cut.Find("[data-testid='booking-session'][data-session='13:00']").GetAttribute("data-left"));

        for (var i = 2; i <= 10; i++)
        {
            BookFor($"08120000000{i:00}");
        }

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid='booking-session'][data-session='13:00']").GetAttribute("data-left")));
        Assert.Contains("Penuh", cut.Find("[data-testid='booking-session'][data-session='13:00']").TextContent, StringComparison.Ordinal);

        Engine.CancelBooking(first.Token);

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid='booking-session'][data-session='13:00']").GetAttribute("data-left")));
    }

    [Fact]
    public void TheSamePersonTwice_IsToldTheyAlreadyHaveABooking()
    {
        BookFor("081234567890", 8);
        var cut = Open(Session("ktp-el", 9));

        cut.Find("[data-testid='booking-phone']").Change("0812-3456-7890");
        cut.Find("[data-testid='booking-form']").Submit();

        cut.WaitForAssertion(() => Assert.Equal(
            "Anda sudah punya booking aktif untuk layanan ini pada hari yang sama (2026-11-24 08:00-09:00).",
            cut.Find("[data-testid='booking-error']").TextContent));
    }
}
