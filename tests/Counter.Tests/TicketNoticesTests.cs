using MppQueue.Core;
using MppQueue.Counter.Components;
using MppQueue.Counter.Pages;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>What the officer sees of the visitor's notices on the current ticket's card: the channels set, each notice's state, live.</summary>
public class TicketNoticesTests : CounterTestBase
{
    private const string Phone = "081234567890";

    private IRenderedComponent<CurrentTicketCard> Card(Ticket ticket) => Render<CurrentTicketCard>(p => p
        .Add(x => x.Ticket, ticket)
        .Add(x => x.Service, Engine.Catalog.FindService(ticket.ServiceId))
        .Add(x => x.Catalog, Engine.Catalog));

    private static string Chip(IRenderedComponent<CurrentTicketCard> cut, NoticeKind kind) =>
        cut.Find($"[data-testid='notice'][data-kind='{kind}'] [data-testid='notice-state']").TextContent.Trim();

    // A visitor who gave a phone number, called at a desk, the call's notice decided and sent; the card shows the ticket.
    private async Task<((Desk Desk, Officer Officer, Ticket Ticket) Called, IRenderedComponent<CurrentTicketCard> Card)> CalledWithPhoneAsync()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Notices.Service.SetPhone(NoticeSubject.Ticket(ticket.Id), Phone, "id");
        Engine.CallNext(desk.Id, officer.Id);
        await Notices.RunOnceAsync();
        return ((desk, officer, ticket), Card(Engine.Snapshot.Find(ticket.Id)!));
    }

    [Fact]
    public async Task Card_VisitorGaveAPhoneAndWasCalled_ShowsWaTickAndTheCallSentOnWhatsAppButNeverTheNumber()
    {
        var (_, cut) = await CalledWithPhoneAsync();

        Assert.Equal("WA/SMS ✓", cut.Find("[data-testid='notice-channel-phone']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid='notice-channel-push']"));
        Assert.Equal("Dipanggil", cut.Find("[data-testid='notice'][data-kind='Called'] [data-testid='notice-kind']").TextContent);
        Assert.StartsWith("Terkirim · WA · 09", Chip(cut, NoticeKind.Called), StringComparison.Ordinal);
        Assert.DoesNotContain("1234567890", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_NothingChangedSinceItsFirstRead_IsNotReadOrRenderedAgainOnceLive()
    {
        var ((desk, officer, ticket), cut) = await CalledWithPhoneAsync();

        // The card a call makes reads the notices once: its first render is all there is until a notice changes.
        var notices = cut.FindComponent<TicketNotices>();
        Assert.Equal(1, notices.RenderCount);
        Assert.Single(cut.FindAll("[data-testid='notice']"));

        Engine.Recall(desk.Id, ticket.Id, officer.Id);
        await Notices.RunOnceAsync();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='notice']").Count));

        // bUnit counts the card's render after it hands the page's markup on: polled, not read at once.
        Eventually(() => Assert.True(notices.RenderCount > 1));
    }

    [Fact]
    public async Task Card_RecallThatNoChannelCouldCarry_TurnsToFailedWhileShown_WithTheReasonInTheTooltip()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Notices.Service.SetPhone(NoticeSubject.Ticket(ticket.Id), Phone, "id");
        Engine.CallNext(desk.Id, officer.Id);
        await Notices.RunOnceAsync();
        var cut = Card(Engine.Snapshot.Find(ticket.Id)!);
        Assert.Empty(cut.FindAll("[data-testid='notice'][data-kind='Recalled']"));

        // WhatsApp refuses the number for good, and SMS is not set up on this server: nothing can carry the recall.
        Notices.Provider(NoticeChannel.WhatsApp).Refuse = "not a WhatsApp number";
        Engine.Recall(desk.Id, ticket.Id, officer.Id);
        await Notices.RunOnceAsync();
        await Notices.Service.SendDueAsync();

        cut.WaitForAssertion(() => Assert.StartsWith("Gagal", Chip(cut, NoticeKind.Recalled), StringComparison.Ordinal));
        Assert.Equal("Panggilan ulang", cut.Find("[data-testid='notice'][data-kind='Recalled'] [data-testid='notice-kind']").TextContent);
        var chip = cut.Find("[data-testid='notice'][data-kind='Recalled'] [data-testid='notice-state']");
        Assert.Equal(NoticeTexts.Failure("NoChannel", System.Globalization.CultureInfo.GetCultureInfo("id")), chip.GetAttribute("title"));
        Assert.StartsWith("Terkirim", Chip(cut, NoticeKind.Called), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_AnotherTicketsNoticeChanges_LeavesThisCardAlone()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var other = Engine.Issue(new IssueRequest("ktp-el"));
        var shown = Engine.Issue(new IssueRequest("ktp-el"));
        Notices.Service.SetPhone(NoticeSubject.Ticket(other.Id), Phone, "id");
        var cut = Card(shown);
        Assert.Equal("Pengunjung tidak meminta pemberitahuan.", cut.Find("[data-testid='notice-channels-none']").TextContent);

        Engine.CallNext(desk.Id, officer.Id);
        await Notices.RunOnceAsync();

        Assert.NotEmpty(Notices.Service.NoticesOf(Engine.Snapshot.Find(other.Id)!));
        Assert.Empty(cut.FindAll("[data-testid='notice']"));
    }

    [Fact]
    public void Card_VisitorAllowedPushOnlyAndTheQueueMovedUp_ShowsPushTickAndComeBackWaitingToBeSent()
    {
        // No desk is open, so "come back" counts the people ahead: 7 when push is allowed, 3 (the threshold) after four leave.
        var ahead = Enumerable.Range(0, 7).Select(_ => Engine.Issue(new IssueRequest("ktp-el"))).ToList();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Notices.Service.SetPush(NoticeSubject.Ticket(ticket.Id), new PushEndpoint("https://push.example/abc", "p256dh", "auth"), "id");
        Notices.Service.DecideFromJournal();
        Assert.Empty(Notices.Service.NoticesOf(ticket));
        foreach (var leaving in ahead.Take(4))
        {
            Engine.Cancel(leaving.Id);
        }

        Notices.Service.DecideFromJournal();

        var cut = Card(ticket);

        Assert.Equal("Push ✓", cut.Find("[data-testid='notice-channel-push']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid='notice-channel-phone']"));
        Assert.Equal("Segera kembali", cut.Find("[data-testid='notice'][data-kind='ComeBack'] [data-testid='notice-kind']").TextContent);
        Assert.Equal("Menunggu", Chip(cut, NoticeKind.ComeBack));
    }

    [Fact]
    public async Task DeskPage_CallNext_ShowsTheCallsNoticeOnTheCardOnceItIsSent()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Notices.Service.SetPhone(NoticeSubject.Ticket(ticket.Id), Phone, "id");
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        cut.Find("[data-testid='call-next']").Click();
        cut.WaitForAssertion(() => Assert.Equal("A001", cut.Find("[data-testid='current-number']").TextContent));
        await Notices.RunOnceAsync();

        cut.WaitForAssertion(() => Assert.StartsWith(
            "Terkirim · WA",
            cut.Find("[data-testid='notice'][data-kind='Called'] [data-testid='notice-state']").TextContent.Trim(),
            StringComparison.Ordinal));
        Assert.Equal("WA/SMS ✓", cut.Find("[data-testid='notice-channel-phone']").TextContent.Trim());
    }
}
