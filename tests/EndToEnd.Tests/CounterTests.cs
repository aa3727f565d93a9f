using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>Two officers of two agencies at their desks in Chromium: a call, a recall, a transfer across agencies, live.</summary>
public class CounterTests
{
    [Fact]
    public async Task Transfer_ToAnotherAgency_SecondOfficerSeesItArriveAndCallsIt_DisplayShowsBothCalls()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var samsatDesk = factory.Engine.Catalog.Desks["loket-09"];
        var polresDesk = factory.Engine.Catalog.Desks["loket-13"];
        var ticket = factory.Engine.Issue(new IssueRequest("pajak-kendaraan"));
        var number = ticket.Number.ToString();
        await using var browser = await Browser.LaunchAsync();

        var display = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
        await display.ShowZoneAsync("zona-1");

        var polres = new CounterScreen(await browser.NewPageAsync(address, 1366, 768));
        await polres.SignInAsync("petugas.polres");
        await polres.SitAtDeskAsync(polresDesk.Id);
        await Expect(polres.WaitingCount).ToHaveTextAsync("0");

        var samsat = new CounterScreen(await browser.NewPageAsync(address, 1366, 768));
        await samsat.SignInAsync("petugas.samsat");
        await samsat.SaveScreenshotAsync("counter-desks.png");
        await samsat.SitAtDeskAsync(samsatDesk.Id);
        Assert.Equal(number, await samsat.CallNextAsync());
        await Expect(display.NowCallingNumber).ToHaveTextAsync(number, new() { Timeout = 20_000 });
        await Expect(display.NowCallingDesk).ToHaveTextAsync($"Loket {samsatDesk.Number}", new() { Timeout = 20_000 });

        await samsat.RecallAsync();
        await Expect(samsat.Recalls).ToHaveTextAsync("Dipanggil ulang 1 kali", new() { Timeout = 20_000 });
        await samsat.SaveScreenshotAsync("counter-called.png");
        await samsat.TransferAsync("skck", "skck", "Perlu SKCK dulu", screenshot: "counter-transfer.png");

        // The Polres officer never reloads: the ticket appears in the waiting list by itself, with where it came from.
        await Expect(polres.WaitingRow(number)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(polres.WaitingRow(number)).ToContainTextAsync("Pajak Kendaraan Tahunan", new() { Timeout = 20_000 });
        await polres.PressAsync("F1");
        Assert.Equal(number, await polres.CurrentNumberAsync());
        await Expect(polres.Page.Locator("[data-testid='current-note']")).ToContainTextAsync("Perlu SKCK dulu");
        await polres.SaveScreenshotAsync("counter-received.png");

        await Expect(display.NowCallingNumber).ToHaveTextAsync(number, new() { Timeout = 20_000 });
        await Expect(display.NowCallingDesk).ToHaveTextAsync($"Loket {polresDesk.Number}", new() { Timeout = 20_000 });
        await display.SaveScreenshotAsync("display-transferred-call.png");

        var moves = factory.Engine.FindTicket(ticket.Id)!.History.Select(m => (m.Kind, m.DeskId, m.OfficerId)).ToList();
        Assert.Equal(
            [
                (MoveKind.Issue, null, null),
                (MoveKind.Call, samsatDesk.Id, "petugas-samsat"),
                (MoveKind.Recall, samsatDesk.Id, "petugas-samsat"),
                (MoveKind.Transfer, samsatDesk.Id, "petugas-samsat"),
                (MoveKind.Call, polresDesk.Id, "petugas-polres"),
            ],
            moves);
    }

    [Fact]
    public async Task BusyDesk_At1366x768_EverythingForTheVisitorFitsWithoutScrolling()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        var desk = engine.Catalog.Desks["loket-03"];

        // A morning already under way at Loket 3 (KTP-el and KK): one served, one on hold, one no-show, a transfer in.
        for (var i = 0; i < 9; i++)
        {
            engine.Issue(new IssueRequest(i % 3 == 0 ? "kartu-keluarga" : "ktp-el", i == 4 ? PriorityGroup.Elderly : PriorityGroup.None));
        }

        engine.Finish(desk.Id, engine.CallNext(desk.Id).Id);
        engine.Hold(desk.Id, engine.CallNext(desk.Id).Id, note: "Fotokopi KK");
        var absent = engine.CallNext(desk.Id);
        engine.Recall(desk.Id, absent.Id);
        engine.MarkNoShow(desk.Id, absent.Id);
        var other = engine.Catalog.Desks["loket-05"];
        var moved = engine.Issue(new IssueRequest("akta-kelahiran"));
        engine.Transfer(other.Id, engine.CallNext(other.Id).Id, "ktp-el", note: "Perlu KTP-el baru");
        await using var browser = await Browser.LaunchAsync();
        var counter = new CounterScreen(await browser.NewPageAsync(address, 1366, 768));

        await counter.SignInAsync("petugas.disdukcapil");
        await counter.SitAtDeskAsync(desk.Id);
        await counter.PressAsync("F1");
        var number = await counter.CurrentNumberAsync();
        await Expect(counter.WaitingRow(moved.Number.ToString())).ToContainTextAsync("dialihkan dari Disdukcapil · Akta Kelahiran");

        // A refusal stays a few seconds, in the corner under the moves: it covers none of them, nor the queue or the day.
        await counter.PressAsync("F6");
        var refusal = counter.Page.Locator("[data-testid='console-toast']", new() { HasText = "dipanggil ulang minimal" });
        await Expect(refusal).ToBeVisibleAsync();
        var message = await refusal.BoundingBoxAsync();
        Assert.NotNull(message);
        foreach (var id in new[] { "current-number", "start-serving", "recall", "finish", "no-show", "no-show-rule", "transfer", "hold", "waiting-list", "parked", "figures-card" })
        {
            var box = await counter.Page.Locator($"[data-testid='{id}']").BoundingBoxAsync();
            Assert.True(box is not null, id + " is missing");
            var apart = box.X + box.Width <= message.X || message.X + message.Width <= box.X || box.Y + box.Height <= message.Y || message.Y + message.Height <= box.Y;
            Assert.True(apart, "The message covers " + id);
        }

        // The officer closes the refusal; the information before it ("A00x dipanggil ke Loket 1") goes by itself, faded
        // out by the browser (also with "reduce motion", which these pages ask for).
        Assert.Equal("alert", await refusal.GetAttributeAsync("role"));
        await refusal.Locator("[data-testid='console-toast-close']").ClickAsync();
        await Expect(refusal).ToHaveCountAsync(0);
        await Expect(counter.Page.Locator("[data-testid='console-toast'][data-kind='Information']")).ToHaveCountAsync(1);
        await Expect(counter.Page.Locator("[data-testid='console-toast']:visible")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await counter.SaveScreenshotAsync("counter-busy.png");

        // The clock since the call ticks in the browser, without the server rendering it every second.
        var clock = counter.Page.Locator("[data-testid='service-timer-clock']");
        var shown = await clock.TextContentAsync() ?? string.Empty;
        await Expect(clock).Not.ToHaveTextAsync(shown, new() { Timeout = 5_000 });

        // So do the minutes each visitor has waited, in the page's words. The real minutes depend on how long this test
        // took to get here (the visitor came before the browser started), so the moments are set afresh: a render "now"
        // of a visitor who came 10 s before shows "0 mnt"; one of a visitor who came three minutes before, "3 mnt".
        var waited = counter.WaitingRow(moved.Number.ToString()).Locator("[data-testid='waited']");
        const string Render = "(e, ago) => { const now = Date.now(); e.setAttribute('data-mpp-waited-since', String(now - ago)); e.setAttribute('data-mpp-at', String(now)); }";
        await waited.EvaluateAsync(Render, 10_000);
        await Expect(waited).ToHaveTextAsync("0 mnt", new() { Timeout = 5_000 });
        await waited.EvaluateAsync(Render, 180_000);
        await Expect(waited).ToHaveTextAsync("3 mnt", new() { Timeout = 5_000 });

        var viewport = (Width: 1366, Height: 768);
        foreach (var id in new[] { "current-number", "start-serving", "recall", "finish", "no-show", "transfer", "hold", "pause", "service-timer" })
        {
            var box = await counter.Page.Locator($"[data-testid='{id}']").BoundingBoxAsync();
            Assert.True(box is not null && box.Y >= 0 && box.Y + box.Height <= viewport.Height && box.X + box.Width <= viewport.Width, id + " is off screen");
        }

        Assert.True(await counter.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The counter scrolls sideways.");
        Assert.NotEqual(moved.Number.ToString(), number);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoInIndonesianAndStaysOnTheSignInPage()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var counter = new CounterScreen(await browser.NewPageAsync(address, 1366, 768));

        await counter.Page.OpenPathAsync("/counter/loket-01");
        Assert.Contains("/account/signin?returnUrl=%2Fcounter%2Floket-01", counter.Page.Url, StringComparison.Ordinal);
        await counter.Page.Locator("[data-testid='signin-user']").FillAsync("petugas.disdukcapil");
        await counter.Page.Locator("[data-testid='signin-password']").FillAsync("salah");
        await counter.Page.Locator("[data-testid='signin-submit']").ClickAsync();

        await Expect(counter.SignInMessage).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");
        await counter.SaveScreenshotAsync("signin-wrong-password.png");
        Assert.Contains("/account/signin", counter.Page.Url, StringComparison.Ordinal);
    }
}
