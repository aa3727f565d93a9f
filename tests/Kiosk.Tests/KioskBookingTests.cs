using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>"Sudah punya booking?": a code typed or scanned becomes a ticket inside its window, or a clear message.</summary>
public class KioskBookingTests : ComponentTestBase
{
    public KioskBookingTests() => Services.AddKiosk();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<KioskPage> OpenBooking()
    {
        Navigation.NavigateTo("/kiosk?booking=1");
        return Render<KioskPage>();
    }

    private static void Scan(IRenderedComponent<KioskPage> cut, string code)
    {
        cut.Find("[data-testid='booking-code']").Change(code);
        cut.Find("[data-testid='booking']").Submit();
    }

    // A booked visitor answers the priority question too: "no" is the first, widest answer.
    private static void NotPriority(IRenderedComponent<KioskPage> cut)
    {
        cut.WaitForElement("[data-testid='booking-priority']");
        cut.InvokeAsync(() => cut.Find($"[data-testid='priority'][data-priority='{PriorityGroup.None}']").Click());
    }

    [Fact]
    public void OnBookingOpened_FromTheStart_ShowsTheCodeField()
    {
        var cut = Render<KioskPage>();

        cut.Find("[data-testid='booking-open']").Click();

        Assert.EndsWith("/kiosk?booking=1", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("Masukkan kode booking", OpenBooking().Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void OnCheckIn_ValidCodeInsideItsWindow_GivesATicketInTheNormalQueue()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        var cut = OpenBooking();

        Scan(cut, booking.Code.ToLowerInvariant());
        NotPriority(cut);

        Eventually(() => Assert.Contains("/kiosk/ticket/", Navigation.Uri, StringComparison.Ordinal));
        var ticket = Assert.Single(Engine.TicketsToday());
        Assert.Equal(TicketChannel.Booking, ticket.Channel);
        Assert.Equal(booking.Code, ticket.BookingCode);
    }

    [Fact]
    public void OnCheckIn_CodeTypedOnTheScreenKeys_GivesATicket()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        var cut = OpenBooking();

        foreach (var key in booking.Code)
        {
            cut.Find($"[data-testid='keyboard'] [data-key='{key}']").Click();
        }

        cut.Find("[data-testid='booking']").Submit();
        NotPriority(cut);

        Eventually(() => Assert.Equal(booking.Code, Assert.Single(Engine.TicketsToday()).BookingCode));
    }

    [Fact]
    public void OnCheckIn_UnknownCode_SaysSoAndIssuesNothing()
    {
        var cut = OpenBooking();

        Scan(cut, "ZZZZ9999");

        cut.WaitForAssertion(() => Assert.Contains("ZZZZ9999", cut.Find("[data-testid='booking-error']").TextContent, StringComparison.Ordinal));
        Assert.Empty(Engine.TicketsToday());
        Assert.EndsWith("/kiosk?booking=1", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void OnCheckIn_TooEarly_SaysFromWhenItCounts()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(13, 0), new TimeOnly(14, 0)));
        var cut = OpenBooking();

        Scan(cut, booking.Code);

        cut.WaitForAssertion(() => Assert.Contains("13:00", cut.Find("[data-testid='booking-error']").TextContent, StringComparison.Ordinal));
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public void OnCheckIn_TooLate_SaysTheWindowHasPassed()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(7, 30), new TimeOnly(8, 30)));
        var cut = OpenBooking();

        Scan(cut, booking.Code);

        cut.WaitForAssertion(() => Assert.Contains("08:30", cut.Find("[data-testid='booking-error']").TextContent, StringComparison.Ordinal));
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public void OnCheckIn_CodeAlreadyUsed_SaysSo()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        Engine.CheckIn(booking.Code);
        var cut = OpenBooking();

        Scan(cut, booking.Code);

        cut.WaitForAssertion(() => Assert.Contains("sudah digunakan", cut.Find("[data-testid='booking-error']").TextContent, StringComparison.Ordinal));
        Assert.Single(Engine.TicketsToday());
    }

    [Fact]
    public void OnCheckIn_NoCode_AsksForOne()
    {
        var cut = OpenBooking();

        cut.Find("[data-testid='booking']").Submit();

        Assert.Equal("Masukkan kode booking terlebih dahulu.", cut.Find("[data-testid='booking-error']").TextContent.Trim());
    }
}
