using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// A booking from the visitor's phone (390×844) to the call: book on /booking, keep the code and the .ics, check in at
/// the kiosk, the officer calls, the zone screen shows it and the visitor's page follows. The demo clock stands on
/// Monday 23 November 2026, 09:00; the booking is made for that Monday from the Sunday before.
/// </summary>
public class BookingTests
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task ABookingFromThePhone_IsCheckedInCalledAndShownEverywhere_AndACancelledPlaceReturnsLive()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        await using var browser = await Browser.LaunchAsync();
        var phone = new BookingScreen(await browser.NewPageAsync(address, Width, Height, isMobile: true));

        // Tuesday, 13:00-14:00: the phone walks every step.
        await phone.OpenPathAsync("/booking");
        await phone.SaveScreenshotAsync("booking-1-agency.png");
        await phone.ChooseAsync("booking-agency", "data-agency-id", "disdukcapil", "Service");
        await phone.SaveScreenshotAsync("booking-2-service.png");
        await phone.ChooseAsync("booking-service", "data-service-id", "ktp-el", "Day");
        await phone.SaveScreenshotAsync("booking-3-day.png");
        await phone.ChooseAsync("booking-day", "data-day", "2026-11-24", "Session");
        await Expect(phone.Session("13:00")).ToHaveAttributeAsync("data-left", "10");
        await phone.SaveScreenshotAsync("booking-4-session.png");

        // Someone else books the last places but one, and cancels one of them: the phone sees both without a reload.
        var secret = new BookingSecret(new string('e', 40));
        var others = Enumerable.Range(1, 9).Select(i => engine.Book(new BookingRequest("ktp-el", new DateOnly(2026, 11, 24), new TimeOnly(13, 0), BookingHolder.From($"08129000000{i}", null, secret)))).ToList();
        await Expect(phone.Session("13:00")).ToHaveAttributeAsync("data-left", "1", new() { Timeout = 20_000 });
        engine.CancelBooking(others[0].Token);
        await Expect(phone.Session("13:00")).ToHaveAttributeAsync("data-left", "2", new() { Timeout = 20_000 });

        await phone.ChooseAsync("booking-session", "data-session", "13:00", "Details");
        await phone.SaveScreenshotAsync("booking-5-details.png");
        await phone.BookAsync("0812-3456-7890");
        await phone.SaveScreenshotAsync("booking-6-confirmed.png");
        var code = (await phone.Code.InnerTextAsync()).Trim();
        var booking = engine.FindBooking(code)!;
        Assert.Equal((new DateOnly(2026, 11, 24), new TimeOnly(13, 0), BookingChannel.Web), (booking.Date, booking.Window.Start, booking.Channel));

        // The calendar file, as the phone downloads it.
        var ics = await phone.Page.GetPathAsync(await phone.CalendarLink.GetAttributeAsync("href") ?? string.Empty);
        var text = Encoding.UTF8.GetString(await ics.BodyAsync());
        Assert.Equal(200, ics.Status);
        Assert.Contains("DTSTART:20261124T060000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("UID:" + code + "@mppqueue\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("34567890", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 15's path through the API alone: the agency's system subscribes a webhook and loads its booking code over
    /// /api/v1; the visitor checks in at the kiosk; the officer calls; the zone screen shows and announces it; the
    /// agency's receiver (a real HTTP listener) gets every event in order, each signed.
    /// </summary>
    [Fact]
    public async Task AnAgencyBookingLoadedOverTheApi_CheckedInAtTheKiosk_IsCalled_ShownAndAnnounced_AndEveryEventReachesTheAgency()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string>
        {
            ["MppQueue:Webhooks:AllowHttp"] = "true",
            ["MppQueue:Webhooks:AllowLoopback"] = "true",
        });
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        using var receiver = new WebhookReceiver();
        var credential = factory.Services.GetRequiredService<ApiClientRegistry>()
            .Create(new ApiClientRequest("SIAK Disdukcapil", "disdukcapil", [ApiOperation.Read, ApiOperation.Bookings, ApiOperation.Webhooks]), engine.Catalog).Credential;
        using var api = new HttpClient { BaseAddress = address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        using var subscribed = await api.PostAsJsonAsync("/api/v1/webhooks", new { name = "SIAK", url = receiver.Url.AbsoluteUri });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var secret = (await subscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var load = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agency-codes")
        {
            Content = JsonContent.Create(new { bookings = new[] { new { code = "SIAK20261123001", serviceId = "ktp-el", date = "2026-11-23", sessionStart = "09:00", sessionEnd = "10:00" } } }),
        };
        load.Headers.Add("Idempotency-Key", "siak-2026-11-23-1");
        using var loaded = await api.SendAsync(load);
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);

        var screen = Screens.Register(factory, speaker: true);
        await using var browser = await Browser.LaunchAsync(Browser.AutoplayFlag);
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, 1080, 1920, isMobile: true));
        var wall = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
        var counter = new CounterScreen(await browser.NewPageAsync(address, 1920, 1080));
        await wall.ShowAsync(MppQueue.Display.ScreenTexts.PathOf(screen));
        await counter.SignInAsync("petugas.disdukcapil");
        await counter.SitAtDeskAsync("loket-01");

        await kiosk.OpenAsync();
        await kiosk.OpenBookingAsync();
        await kiosk.ScanBookingCodeAsync("SIAK20261123001");
        await kiosk.Page.Locator("[data-testid='booking-priority']").WaitForAsync();
        await kiosk.SaveScreenshotAsync("booking-kiosk-priority.png");
        var number = await kiosk.AnswerPriorityAsync("None");
        var ticket = engine.TicketsToday().Single(t => t.Number.ToString() == number);
        Assert.Equal("SIAK20261123001", ticket.BookingCode);

        var visitor = new TicketScreen(await browser.NewPageAsync(address, Width, Height, isMobile: true));
        await visitor.OpenTicketAsync(ticket.Token);
        await Expect(visitor.Status).ToHaveTextAsync("Menunggu");

        Assert.Equal(number, await counter.CallNextAsync());
        await Expect(counter.Page.Locator("[data-testid='current-booking']")).ToHaveTextAsync("Booking sesi 09:00-10:00");
        await counter.SaveScreenshotAsync("booking-counter-called.png");
        await Expect(wall.NowCallingNumber).ToHaveTextAsync(number, new() { Timeout = 20_000 });
        var called = engine.FindTicket(ticket.Id)!;
        Assert.Equal(Screens.ClipsOf(called, engine), await wall.WaitForAnnouncementAsync(called.LastSequence, Screens.ClipsOf(called, engine).Count));
        await Expect(visitor.CalledNotice).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // The agency heard all of it, in order, signed with its secret; the desk's opening too (its agency's desk).
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (receiver.Received.Count < 5 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var received = receiver.Received;
        Assert.Equal(["booking.created", "desk.opened", "ticket.issued", "booking.checked_in", "ticket.called"], received.Select(r => r.Type));
        Assert.Equal(received.Select(r => r.Sequence).Order(), received.Select(r => r.Sequence));
        Assert.All(received, r => Assert.True(WebhookReceiver.Genuine(r, secret), r.Type + " is not signed with the subscription's secret"));
        Assert.Equal([ticket.Id, ticket.Id, ticket.Id], received.Where(r => r.Type.StartsWith("ticket.", StringComparison.Ordinal) || r.Type == "booking.checked_in").Select(r => r.Type == "booking.checked_in" ? TicketOfBooking(r) : r.TicketId));
        Assert.Equal(received.Count, received.Select(r => r.Id).Distinct().Count());
    }

    private static string? TicketOfBooking(Received request)
    {
        using var json = JsonDocument.Parse(request.Body);
        return json.RootElement.GetProperty("data").GetProperty("booking").GetProperty("ticketId").GetString();
    }
}
