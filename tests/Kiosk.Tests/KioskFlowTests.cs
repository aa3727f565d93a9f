using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Flow;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Kiosk.Tests;

/// <summary>
/// The kiosk's way through its steps without rendering: which step an address shows, what each button does, what
/// a refusal shows, a double tap, and the idle reset on a fake clock. A fake page records where the flow sends the
/// visitor; following an address means routing the flow there, as the page does.
/// </summary>
public class KioskFlowTests : ComponentTestBase
{
    private const string Device = "pintu-utara";

    private readonly FakeKioskPage _page;
    private readonly List<IDisposable> _disposables = [];

    public KioskFlowTests() => _page = new FakeKioskPage(Engine);

    [Fact]
    public void Load_NoStepInTheAddress_ShowsEveryAgencyWithoutBackOrHome()
    {
        using var flow = Open();

        Assert.Equal(KioskStep.Agencies, flow.Step);
        Assert.Equal(10, flow.Agencies.Count);
        Assert.False(flow.ShowsNavigation);
    }

    [Fact]
    public void Load_AgencyAddress_ShowsItsServicesWithBackAndHome()
    {
        using var flow = Open("/kiosk?agency=imigrasi");

        Assert.Equal(KioskStep.Services, flow.Step);
        Assert.Equal("imigrasi", flow.Agency?.Id);
        Assert.Contains(flow.Services, t => t.Service.Id == "paspor");
        Assert.True(flow.ShowsNavigation);
    }

    [Fact]
    public void Load_UnknownAgency_ShowsTheStart()
    {
        using var flow = Open("/kiosk?agency=tidak-ada");

        Assert.Equal(KioskStep.Agencies, flow.Step);
        Assert.Null(flow.Agency);
    }

    [Fact]
    public void Load_ServiceAddress_AsksThePriorityQuestionForThatService()
    {
        using var flow = Open("/kiosk?service=ktp-el");

        Assert.Equal(KioskStep.Priority, flow.Step);
        Assert.Equal("ktp-el", flow.Service?.Service.Id);
    }

    [Fact]
    public void Load_ServiceAddressPriorityQuestionOff_ShowsTheStartInstead()
    {
        using var flow = Open("/kiosk?service=ktp-el", o => o.AskPriority = false);

        Assert.Equal(KioskStep.Agencies, flow.Step);
        Assert.Null(flow.Service);
    }

    [Fact]
    public void Load_BookingAddress_ShowsTheCodeEntry()
    {
        using var flow = Open("/kiosk?booking=1");

        Assert.Equal(KioskStep.Booking, flow.Step);
    }

    [Fact]
    public void ChooseAgency_Imigrasi_GoesToItsServicesKeepingTheDeviceToken()
    {
        using var flow = Open();

        flow.ChooseAgency(flow.Board.FindAgency("imigrasi")!);

        Assert.Equal("/kiosk?agency=imigrasi&device=" + Device, _page.Last);
    }

    [Fact]
    public async Task ChooseService_PriorityQuestionOn_GoesToTheQuestionAndIssuesNothing()
    {
        using var flow = Open("/kiosk?agency=disdukcapil");

        await flow.ChooseServiceAsync(flow.Services.Single(t => t.Service.Id == "ktp-el"));
        Follow(flow, _page.Last);

        Assert.Equal(KioskStep.Priority, flow.Step);
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public async Task ChooseService_PriorityQuestionOff_IssuesARegularTicketAndShowsItsSlip()
    {
        using var flow = Open("/kiosk?agency=disdukcapil", o => o.AskPriority = false);

        await flow.ChooseServiceAsync(flow.Services.Single(t => t.Service.Id == "ktp-el"));

        var ticket = Assert.Single(Engine.TicketsToday());
        Assert.Equal(("A001", PriorityGroup.None), (ticket.Number.ToString(), ticket.Priority));
        Assert.Equal($"/kiosk/ticket/{ticket.Token}?print=browser&device={Device}", _page.Last);
    }

    [Fact]
    public async Task AnswerPriority_Elderly_IssuesAPriorityTicketForThisKioskAndShowsItsSlip()
    {
        using var flow = Open("/kiosk?service=ktp-el");

        await flow.AnswerPriorityAsync(PriorityGroup.Elderly);

        var ticket = Assert.Single(Engine.TicketsToday());
        Assert.Equal(PriorityGroup.Elderly, ticket.Priority);
        Assert.Equal(KioskDevice.AnonymousId, ticket.KioskId);
        Assert.StartsWith("/kiosk/ticket/" + ticket.Token, _page.Last, StringComparison.Ordinal);
        Assert.False(flow.Issuing);
    }

    [Fact]
    public async Task AnswerPriority_SecondTapWhileTheFirstIsIssuing_IsIgnoredAndGivesOneTicket()
    {
        using var flow = Open("/kiosk?service=ktp-el");
        using var engineBusy = HoldNextIssue();

        var first = flow.AnswerPriorityAsync(PriorityGroup.None);
        var second = flow.AnswerPriorityAsync(PriorityGroup.Elderly);
        var whileIssuing = (flow.Issuing, second.IsCompleted, flow.IsIssuing(flow.Service!));
        engineBusy.Set();
        await first;

        Assert.Equal((true, true, true), whileIssuing);
        Assert.Equal(PriorityGroup.None, Assert.Single(Engine.TicketsToday()).Priority);
        Assert.Single(_page.Addresses);
    }

    [Fact]
    public async Task ChooseService_AnotherCardWhileIssuing_IsIgnored()
    {
        using var flow = Open("/kiosk?agency=disdukcapil", o => o.AskPriority = false);
        var ktp = flow.Services.Single(t => t.Service.Id == "ktp-el");
        var other = flow.Services.First(t => t.Service.Id != "ktp-el");
        using var engineBusy = HoldNextIssue();

        var first = flow.ChooseServiceAsync(ktp);
        var busyCards = (flow.IsIssuing(ktp), flow.IsIssuing(other));
        await flow.ChooseServiceAsync(other);
        engineBusy.Set();
        await first;

        Assert.Equal((true, false), busyCards);
        Assert.Equal("ktp-el", Assert.Single(Engine.TicketsToday()).ServiceId);
    }

    [Fact]
    public async Task AnswerPriority_QuotaUsedUp_SaysWhyStaysOnTheQuestionAndIssuesNothing()
    {
        for (var i = 0; i < 60; i++)
        {
            Engine.Issue(new IssueRequest("akta-kematian"));
        }

        using var flow = Open("/kiosk?service=akta-kematian");

        await flow.AnswerPriorityAsync(PriorityGroup.None);

        Assert.Contains("habis", flow.Message, StringComparison.Ordinal);
        Assert.Equal(KioskStep.Priority, flow.Step);
        Assert.Equal(60, Engine.TicketsToday().Count);
        Assert.Empty(_page.Addresses);
        Assert.False(flow.Issuing);
    }

    [Fact]
    public async Task Route_RefusalShownThenSameAddressAgain_KeepsItAndAnotherAddressDropsIt()
    {
        for (var i = 0; i < 60; i++)
        {
            Engine.Issue(new IssueRequest("akta-kematian"));
        }

        using var flow = Open("/kiosk?service=akta-kematian");
        await flow.AnswerPriorityAsync(PriorityGroup.None);

        Follow(flow, "/kiosk?service=akta-kematian");
        var afterReload = flow.Message;
        Follow(flow, "/kiosk?agency=disdukcapil");

        Assert.NotNull(afterReload);
        Assert.Null(flow.Message);
    }

    [Fact]
    public async Task AnswerPriority_KioskOverItsRate_SaysTooFastAndStaysInService()
    {
        using var flow = Open("/kiosk?service=ktp-el", o => (o.IssueBurst, o.IssuePerMinute) = (1, 1));
        await flow.AnswerPriorityAsync(PriorityGroup.None);
        Follow(flow, "/kiosk?service=ktp-el");

        await flow.AnswerPriorityAsync(PriorityGroup.None);

        Assert.Equal(KioskText.TooFast, flow.Message);
        Assert.Null(flow.OutOfService);
        Assert.Single(Engine.TicketsToday());
    }

    [Fact]
    public async Task AnswerPriority_RegisteredKioskRequired_OutOfServiceFromTheStartAndIssuesNothing()
    {
        using var flow = Open("/kiosk?service=ktp-el", o => o.RequireRegisteredKiosk = true);
        var before = flow.OutOfService;

        await flow.AnswerPriorityAsync(PriorityGroup.None);

        Assert.Equal(KioskRefusal.Unregistered, before);
        Assert.Equal(KioskRefusal.Unregistered, flow.OutOfService);
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public async Task AnswerPriority_EscPosPrinterSilent_GoesOutOfServiceAndIssuesNothing()
    {
        using var flow = Open("/kiosk?service=ktp-el", SilentPrinter);

        await flow.AnswerPriorityAsync(PriorityGroup.None);

        Assert.Equal(KioskRefusal.PrinterOffline, flow.OutOfService);
        Assert.Null(flow.Message);
        Assert.Empty(Engine.TicketsToday());
        Assert.Empty(_page.Addresses);
    }

    [Fact]
    public async Task Watch_EscPosPrinterSilent_SaysTheKioskIsAliveAndGoesOutOfService()
    {
        var flow = Open(configure: SilentPrinter);
        var seen = 0;

        var watch = flow.WatchAsync(() => Interlocked.Increment(ref seen));
        await Probes.WaitUntil(() => flow.OutOfService is not null);
        flow.Dispose();
        await watch.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(KioskRefusal.PrinterOffline, flow.OutOfService);
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task CheckIn_NoCode_AsksForOneAndIssuesNothing()
    {
        using var flow = Open("/kiosk?booking=1");
        flow.BookingCode = "   ";

        await flow.CheckInAsync();

        Assert.Equal(KioskText.BookingEmpty, flow.BookingError);
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public async Task CheckIn_UnknownCode_SaysWhyUnderTheCodeAndStays()
    {
        using var flow = Open("/kiosk?booking=1");
        flow.BookingCode = "ZZZZ9999";

        await flow.CheckInAsync();

        Assert.Contains("ZZZZ9999", flow.BookingError, StringComparison.Ordinal);
        Assert.Null(flow.Message);
        Assert.Empty(_page.Addresses);
    }

    [Fact]
    public async Task CheckIn_CodeInsideItsWindow_GivesATicketShowsItsSlipAndForgetsTheCode()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        using var flow = Open("/kiosk?booking=1");
        flow.BookingCode = booking.Code;

        await flow.CheckInAsync();
        Assert.True(flow.AskingBookingPriority);
        Assert.Empty(Engine.TicketsToday());
        await flow.AnswerBookingPriorityAsync(PriorityGroup.None);

        var ticket = Assert.Single(Engine.TicketsToday());
        Assert.Equal(booking.Code, ticket.BookingCode);
        Assert.StartsWith("/kiosk/ticket/" + ticket.Token, _page.Last, StringComparison.Ordinal);
        Assert.Equal(string.Empty, flow.BookingCode);
        Assert.False(flow.AskingBookingPriority);
    }

    [Fact]
    public async Task CheckIn_ABookedVisitorWhoIsElderly_GetsAPriorityTicket()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        using var flow = Open("/kiosk?booking=1");
        flow.BookingCode = booking.Code;

        await flow.CheckInAsync();
        await flow.AnswerBookingPriorityAsync(PriorityGroup.Elderly);

        var ticket = Assert.Single(Engine.TicketsToday());
        Assert.Equal((TicketChannel.Booking, PriorityGroup.Elderly), (ticket.Channel, ticket.Priority));
    }

    [Fact]
    public async Task CheckIn_WithoutThePriorityQuestion_ChecksInAtOnce()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        using var flow = Open("/kiosk?booking=1", o => o.AskPriority = false);
        flow.BookingCode = booking.Code;

        await flow.CheckInAsync();

        Assert.Equal(PriorityGroup.None, Assert.Single(Engine.TicketsToday()).Priority);
    }

    [Fact]
    public async Task CheckIn_ACodeTooEarly_SaysSoWithoutAskingThePriorityQuestion()
    {
        var booking = Engine.BookToday("paspor", new TimeRange(new TimeOnly(10, 0), new TimeOnly(11, 30)));
        using var flow = Open("/kiosk?booking=1");
        flow.BookingCode = booking.Code;

        await flow.CheckInAsync();

        Assert.False(flow.AskingBookingPriority);
        Assert.Contains("09:30", flow.BookingError, StringComparison.Ordinal);
    }

    [Fact]
    public void Back_PriorityQuestion_GoesToTheServicesOfItsAgency()
    {
        using var flow = Open("/kiosk?service=paspor");

        flow.Back();

        Assert.Equal("/kiosk?agency=imigrasi&device=" + Device, _page.Last);
    }

    [Fact]
    public void Back_SearchOpenOnTheStart_ClosesItForgetsTheTextAndStaysHere()
    {
        using var flow = Open();
        flow.OpenSearch();
        flow.Search("paspor");

        flow.Back();

        Assert.Equal((false, string.Empty, 0), (flow.Searching, flow.SearchText, flow.Results.Count));
        Assert.Empty(_page.Addresses);
    }

    [Fact]
    public void Home_ServicesStep_GoesToTheStart()
    {
        using var flow = Open("/kiosk?agency=imigrasi");

        flow.Home();

        Assert.Equal("/kiosk?device=" + Device, _page.Last);
    }

    [Fact]
    public void Search_KeysBackspaceAndClear_ResultsFollowTheText()
    {
        using var flow = Open();

        // Three letters too many are more than a typo: nothing is found until they are taken back.
        foreach (var key in "PASPORXYZ")
        {
            flow.TypeKey(key.ToString());
        }

        var withTypo = flow.Results.Count;
        flow.Backspace();
        flow.Backspace();
        flow.Backspace();
        var found = flow.Results.Select(t => t.Service.Id).ToList();
        flow.ClearSearch();

        Assert.Equal(0, withTypo);
        Assert.Equal(["paspor"], found);
        Assert.Equal((true, string.Empty, 0), (flow.Searching, flow.SearchText, flow.Results.Count));
    }

    [Fact]
    public void Search_LongerThanTheField_IsCutAtFortyCharacters()
    {
        using var flow = Open();

        flow.Search(new string('a', 50));

        Assert.Equal(40, flow.SearchText.Length);
    }

    [Fact]
    public void Idle_ServicesStep_GoesBackToTheStart()
    {
        using var flow = Open("/kiosk?agency=imigrasi");

        Time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal("/kiosk?device=" + Device, _page.Last);
    }

    [Fact]
    public void Idle_TouchedBeforeTheTimeout_StaysOnTheStep()
    {
        using var flow = Open("/kiosk?agency=imigrasi");

        Time.Advance(TimeSpan.FromSeconds(20));
        flow.Touch();
        Time.Advance(TimeSpan.FromSeconds(20));

        Assert.Empty(_page.Addresses);
    }

    [Fact]
    public void Idle_SearchTypedOnTheStart_ForgetsItWithoutLeavingTheStart()
    {
        using var flow = Open();
        flow.Search("paspor");

        Time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal((false, string.Empty, 0), (flow.Searching, flow.SearchText, flow.Results.Count));
        Assert.Equal(10, flow.Agencies.Count);
        Assert.True(flow.Pristine);
        Assert.Empty(_page.Addresses);
    }

    [Fact]
    public void Idle_UntouchedStart_NeverFires()
    {
        using var flow = Open();

        Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(0, _page.Updates);
        Assert.Empty(_page.Addresses);
    }

    [Fact]
    public void Idle_BookingCodeTyped_ForgetsTheCodeAndGoesToTheStart()
    {
        using var flow = Open("/kiosk?booking=1");
        flow.BookingCode = "ABCD2345";
        flow.Touch();

        Time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(string.Empty, flow.BookingCode);
        Assert.Equal("/kiosk?device=" + Device, _page.Last);
    }

    [Fact]
    public async Task Idle_WhileATicketIsBeingIssued_WaitsAndTheSlipIsShown()
    {
        using var flow = Open("/kiosk?service=ktp-el");
        using var engineBusy = HoldNextIssue();

        var issuing = flow.AnswerPriorityAsync(PriorityGroup.None);
        Time.Advance(TimeSpan.FromSeconds(31));
        var duringIssue = _page.Addresses.ToList();
        engineBusy.Set();
        await issuing;

        Assert.Empty(duringIssue);
        Assert.StartsWith("/kiosk/ticket/", Assert.Single(_page.Addresses), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(QueueEventKind.TicketIssued, true)]
    [InlineData(QueueEventKind.DeskSignedIn, true)]
    [InlineData(QueueEventKind.CatalogChanged, true)]
    [InlineData(QueueEventKind.TicketRecalled, false)]
    [InlineData(QueueEventKind.ServingStarted, false)]
    public void Concerns_EventKind_OnlyWhatChangesQuotasWaitingOrOpenDesks(QueueEventKind kind, bool concerns) =>
        Assert.Equal(concerns, KioskFlow.Concerns(new QueueEvent(1, kind, Time.GetUtcNow(), null, null, null)));

    private static void SilentPrinter(KioskOptions options)
    {
        options.Printing = KioskPrinting.EscPos;
        options.Printer = "127.0.0.1:" + Probes.ClosedPort();
    }

    /// <summary>Keeps the next issue inside the engine (its listener waits) until the returned event is set.</summary>
    private ManualResetEventSlim HoldNextIssue()
    {
        var release = new ManualResetEventSlim();
        var subscription = Notifier.Subscribe(e =>
        {
            if (e.Kind == QueueEventKind.TicketIssued)
            {
                release.Wait(TimeSpan.FromSeconds(10));
            }
        });
        DisposeAfterTest(subscription);
        return release;
    }

    private KioskFlow Open(string address = "/kiosk", Action<KioskOptions>? configure = null)
    {
        Services.AddKiosk(configure);
        var settings = Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<KioskOptions>>().CurrentValue.For(KioskDevice.AnonymousId);
        var flow = new KioskFlow(Services.GetRequiredService<KioskIssuer>(), KioskDevice.Anonymous, settings, Device, Time, _page);
        Follow(flow, address);
        _page.Addresses.Clear();
        return flow;
    }

    /// <summary>What the page does when an address is opened: the flow takes its step, loads, and the idle timer starts.</summary>
    private static void Follow(KioskFlow flow, string? address)
    {
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://kiosk.test"), address).Query);
        string? Value(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        flow.Route(Value("agency"), Value("service"), Value("booking"));
        flow.Load();
        flow.Touch();
    }

    private void DisposeAfterTest(IDisposable disposable) => _disposables.Add(disposable);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disposables.ForEach(d => d.Dispose());
        }

        base.Dispose(disposing);
    }

    private sealed class FakeKioskPage(QueueEngine engine) : IKioskFlowHost
    {
        public List<string> Addresses { get; } = [];

        public string? Last => Addresses.LastOrDefault();

        public int Updates { get; private set; }

        public KioskBoard ReadBoard() => new(engine, engine.Snapshot);

        public Uri LinkOf(Ticket ticket) => new("http://kiosk.test/t/" + ticket.Token);

        public void NavigateTo(string address) => Addresses.Add(address);

        public Task UpdateAsync(Action change)
        {
            change();
            Updates++;
            return Task.CompletedTask;
        }
    }
}
