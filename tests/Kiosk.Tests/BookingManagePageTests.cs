using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>A booking's own page: the code and its QR, cancel, move once, and the state as it changes elsewhere.</summary>
public class BookingManagePageTests : ComponentTestBase
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    public BookingManagePageTests() => Services.AddKiosk();

    private Booking Book(string phone = "081234567890", int hour = 9) =>
        Engine.Book(new BookingRequest("ktp-el", Tuesday, new TimeOnly(hour, 0), BookingHolder.From(phone, null, Secret)));

    private IRenderedComponent<BookingManagePage> Open(string token) => Render<BookingManagePage>(p => p.Add(x => x.Token, token));

    [Fact]
    public void TheConfirmation_ShowsTheCodeItsQrTheSessionTheCheckInWindowAndWhatToBring()
    {
        var booking = Book();

        var cut = Open(booking.Token!);

        Assert.Equal(booking.Code, cut.Find("[data-testid='booking-code']").TextContent);
        Assert.Equal(booking.Code, cut.Find("[data-testid='booking-qr']").GetAttribute("data-qr-text"));
        Assert.Contains("<svg", cut.Find("[data-testid='booking-qr']").InnerHtml, StringComparison.Ordinal);
        Assert.Equal("09:00-10:00", cut.Find("[data-testid='booking-session']").TextContent);
        Assert.Contains("08:30", cut.Find("[data-testid='booking-checkin-window']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Kartu Keluarga asli", cut.Find("[data-testid='booking-bring']").TextContent, StringComparison.Ordinal);
        Assert.Equal(KioskRoutes.BookingCalendar(booking.Token!), cut.Find("[data-testid='booking-ics']").GetAttribute("href"));
        Assert.DoesNotContain("6281234567890", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_AfterConfirming_ReturnsThePlace()
    {
        var booking = Book();
        var cut = Open(booking.Token!);

        cut.Find("[data-testid='booking-cancel']").Click();
        cut.Find("[data-testid='booking-cancel-confirm']").Click();

        Assert.Equal("Cancelled", cut.Find("[data-testid='booking-confirmation']").GetAttribute("data-state"));
        Assert.Equal(10, Engine.OfferFor("ktp-el", Tuesday).Sessions[1].Left);
        Assert.Empty(cut.FindAll("[data-testid='booking-cancel']"));
    }

    [Fact]
    public void Move_ToAnotherSession_OnceOnly()
    {
        var booking = Book();
        var cut = Open(booking.Token!);

        cut.Find("[data-testid='booking-move']").Click();
        cut.Find("[data-testid='booking-move-day']").Change("2026-11-24");
        cut.Find("[data-testid='booking-move-session'][data-session='13:00']").Click();

        Assert.Equal("13:00-14:00", cut.Find("[data-testid='booking-session']").TextContent);
        Assert.Contains("13:00-14:00", cut.Find("[data-testid='booking-message']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='booking-move']"));
        Assert.Equal(10, Engine.OfferFor("ktp-el", Tuesday).Sessions[1].Left);
    }

    [Fact]
    public void ACancellationElsewhere_ShowsWithoutAReload()
    {
        var booking = Book();
        var cut = Open(booking.Token!);

        Engine.CancelBookingByCode(booking.Code, "petugas-disdukcapil");

        cut.WaitForAssertion(() => Assert.Equal("Cancelled", cut.Find("[data-testid='booking-confirmation']").GetAttribute("data-state")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void AnUnknownToken_SaysSoPlainly(string token) =>
        Assert.NotNull(Open(token).Find("[data-testid='booking-unknown']"));
}
