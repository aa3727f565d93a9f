using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

public class TicketPageTests : ComponentTestBase
{
    private const string Script = "./_content/MppQueue.Kiosk/phone.js";

    public TicketPageTests()
    {
        Services.AddSingleton<ISurveyStore>(Store);
        Services.AddKiosk();
    }

    [Fact]
    public void Render_SecondInLine_ShowsWaitingAndOneAhead()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Open(mine);

        Assert.Equal("A002", cut.Find("[data-testid='ticket-number']").TextContent);
        Assert.Equal("Menunggu", cut.Find("[data-testid='ticket-status']").TextContent.Trim());
        Assert.Equal("1", cut.Find("[data-testid='people-ahead']").TextContent);
        Assert.StartsWith("KTP-el", cut.Find("[data-testid='ticket-service']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya", cut.Find("[data-testid='ticket-agency']").TextContent);
    }

    [Fact]
    public void Render_DeskCallsTheTicket_ShowsCalledAndWhereToGoLive()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(mine);
        var desk = DeskFor("ktp-el");

        Engine.CallNext(desk.Id);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Dipanggil", cut.Find("[data-testid='ticket-status']").TextContent.Trim());
            Assert.Contains($"Silakan menuju Loket {desk.Number}", cut.Find("[data-testid='ticket-go-to']").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Render_DeskCallsTheTicket_FullScreenNoticeWithTheDeskAndOneBuzz()
    {
        var module = JSInterop.SetupModule(Script);
        module.SetupVoid("init");
        module.SetupVoid("alert");
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var desk = DeskFor("ktp-el");
        var cut = Open(mine);
        Assert.Empty(cut.FindAll("[data-testid='called-notice']"));

        Engine.CallNext(desk.Id);

        cut.WaitForAssertion(() => Assert.Equal($"Loket {desk.Number}", cut.Find("[data-testid='called-desk']").TextContent));
        Assert.Contains("Giliran Anda!", cut.Find("[data-testid='called-notice']").TextContent, StringComparison.Ordinal);
        Eventually(() => module.VerifyInvoke("alert", calledTimes: 1));

        // "On my way" closes it; a re-render of the same call neither reopens it nor buzzes again.
        cut.Find("[data-testid='called-ok']").Click();
        Engine.Issue(new IssueRequest("ktp-el"));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='called-notice']")));
        module.VerifyInvoke("alert", calledTimes: 1);

        // A recall is a new call: the notice comes back and the phone buzzes again.
        Engine.Recall(desk.Id, mine.Id);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='called-notice']")));
        Eventually(() => module.VerifyInvoke("alert", calledTimes: 2));
    }

    [Fact]
    public void Render_TheOneAheadIsCalled_PeopleAheadDropsLive()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(mine);

        Engine.CallNext(DeskFor("ktp-el").Id);

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid='people-ahead']").TextContent));
    }

    [Fact]
    public void Render_PeopleAheadReachTheSoonThreshold_SaysYourTurnIsSoonLive()
    {
        Assert.Equal(3, Engine.Catalog.Site.SoonPlaces);
        for (var i = 0; i < 4; i++)
        {
            Engine.Issue(new IssueRequest("ktp-el"));
        }

        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(mine);
        Assert.Equal("4", cut.Find("[data-testid='people-ahead']").TextContent);
        Assert.Empty(cut.FindAll("[data-testid='ticket-soon']"));

        Engine.CallNext(DeskFor("ktp-el").Id);

        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("[data-testid='people-ahead']").TextContent));
        var soon = cut.Find("[data-testid='ticket-soon']").TextContent;
        Assert.Contains("Giliran Anda sebentar lagi", soon, StringComparison.Ordinal);
        Assert.Contains("Tinggal 3 orang di depan Anda. Silakan kembali ke Zona 1 — Lantai 1.", soon, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OneDeskOpenNoServiceYet_ShowsRangeFromTheStandardTime()
    {
        OpenDesk(DeskFor("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Open(mine);

        // Standard 10 minutes, 2 ahead, 1 desk: 10 × 2 ÷ 1 = 20 to 10 × ⌈3 ÷ 1⌉ = 30.
        Assert.Equal("20–30 menit", cut.Find("[data-testid='ticket-estimate']").TextContent);
        Assert.Equal(
            "Dihitung dari waktu layanan standar KTP-el (Kartu Tanda Penduduk Elektronik) (10 menit per orang) dan 1 loket yang buka.",
            cut.Find("[data-testid='ticket-estimate-how']").TextContent);
    }

    [Fact]
    public void Render_ThreeServedToday_ShowsRangeFromTheirServiceTimes()
    {
        var desk = DeskFor("ktp-el");
        OpenDesk(desk);
        foreach (var minutes in new[] { 4, 8, 6 })
        {
            Engine.Issue(new IssueRequest("ktp-el"));
            var called = Engine.CallNext(desk.Id);
            Time.Advance(TimeSpan.FromMinutes(minutes));
            Engine.Finish(desk.Id, called.Id);
        }

        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Open(mine);

        // Median 6, 80th percentile (nearest rank 3 of 3) 8; 2 ahead, 1 desk: 6 × 2 = 12 to 8 × 3 = 24.
        Assert.Equal("12–24 menit", cut.Find("[data-testid='ticket-estimate']").TextContent);
        Assert.Equal(
            "Dihitung dari 3 layanan KTP-el (Kartu Tanda Penduduk Elektronik) terakhir hari ini (biasanya 6 menit per orang) dan 1 loket yang buka.",
            cut.Find("[data-testid='ticket-estimate-how']").TextContent);
    }

    [Fact]
    public void Render_NoDeskOpen_SaysTheEstimateComesWhenADeskOpens()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(mine);
        Assert.Equal("—", cut.Find("[data-testid='ticket-estimate']").TextContent);
        Assert.Contains("Belum ada loket yang buka", cut.Find("[data-testid='ticket-estimate-how']").TextContent, StringComparison.Ordinal);

        OpenDesk(DeskFor("ktp-el"));

        cut.WaitForAssertion(() => Assert.Equal("0–10 menit", cut.Find("[data-testid='ticket-estimate']").TextContent));
    }

    [Fact]
    public void Cancel_Confirmed_CancelsOnceAndSaysSo()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(mine);

        cut.Find("[data-testid='ticket-cancel']").Click();
        Assert.Contains("Yakin membatalkan nomor A001?", cut.Find("[data-testid='confirm-cancel']").TextContent, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Waiting, Engine.FindTicket(mine.Id)!.Status);
        cut.Find("[data-testid='confirm-cancel-yes']").Click();

        Assert.Equal("Nomor A001 sudah dibatalkan.", cut.Find("[data-testid='ticket-message']").TextContent);
        Assert.Equal("Dibatalkan", cut.Find("[data-testid='ticket-status']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid='ticket-actions']"));
        Assert.Empty(cut.FindAll("[data-testid='ticket-error']"));
        var ticket = Engine.FindTicket(mine.Id)!;
        Assert.Equal(TicketStatus.Cancelled, ticket.Status);
        Assert.Single(ticket.History, m => m.Kind == MoveKind.Cancel);
    }

    [Fact]
    public void Cancel_SaidNo_KeepsTheTicket()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(mine);

        cut.Find("[data-testid='ticket-cancel']").Click();
        cut.Find("[data-testid='confirm-no']").Click();

        Assert.Empty(cut.FindAll("[data-testid='confirm-cancel']"));
        Assert.Equal(TicketStatus.Waiting, Engine.FindTicket(mine.Id)!.Status);
    }

    [Fact]
    public void Cancel_CalledWhileConfirming_ConfirmationGoesAndTheTicketStays()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(mine);
        cut.Find("[data-testid='ticket-cancel']").Click();

        Engine.CallNext(DeskFor("ktp-el").Id);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='confirm-cancel']")));
        Assert.Equal(TicketStatus.Called, Engine.FindTicket(mine.Id)!.Status);
    }

    [Fact]
    public void Postpone_Once_MovesBehindTheNextThreeThenTheButtonSaysWhyNot()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        for (var i = 0; i < 4; i++)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            Engine.Issue(new IssueRequest("ktp-el"));
        }

        var cut = Open(mine);
        Assert.Equal("Biarkan 3 orang berikutnya dilayani lebih dulu. Hanya bisa sekali.", cut.Find("[data-testid='ticket-late-help']").TextContent);

        cut.Find("[data-testid='ticket-late']").Click();
        cut.Find("[data-testid='confirm-late-yes']").Click();

        Assert.Equal("Anda sekarang di belakang 3 orang berikutnya.", cut.Find("[data-testid='ticket-message']").TextContent);
        Assert.Equal("3", cut.Find("[data-testid='people-ahead']").TextContent);
        Assert.True(cut.Find("[data-testid='ticket-late']").HasAttribute("disabled"));
        Assert.Contains("hanya bisa sekali", cut.Find("[data-testid='ticket-late-help']").TextContent, StringComparison.Ordinal);
        Assert.Single(Engine.FindTicket(mine.Id)!.History, m => m.Kind == MoveKind.Postpone);
    }

    [Fact]
    public void Postpone_AlreadyDoneFromAnotherTab_ShowsTheEngineRefusal()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        for (var i = 0; i < 4; i++)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            Engine.Issue(new IssueRequest("ktp-el"));
        }

        var cut = Open(mine);
        cut.Find("[data-testid='ticket-late']").Click();

        Engine.PostponeByToken(mine.Token);
        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("[data-testid='people-ahead']").TextContent));
        cut.Find("[data-testid='confirm-late-yes']").Click();

        // A live refresh may still be on the renderer when the tap arrives: the tap is handled right after it.
        cut.WaitForAssertion(() => Assert.Equal("A001 sudah pernah mundur antrian; ini hanya bisa sekali.", cut.Find("[data-testid='ticket-error']").TextContent));
        Assert.Single(Engine.FindTicket(mine.Id)!.History, m => m.Kind == MoveKind.Postpone);
        Assert.Equal("3", cut.Find("[data-testid='people-ahead']").TextContent);
    }

    [Fact]
    public void Postpone_NobodyBehind_ButtonDisabledWithTheReason()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Open(mine);

        Assert.True(cut.Find("[data-testid='ticket-late']").HasAttribute("disabled"));
        Assert.Equal("Belum ada orang di belakang Anda, jadi Anda tidak perlu mundur.", cut.Find("[data-testid='ticket-late-help']").TextContent);
    }

    [Fact]
    public void Render_TicketFinishedLive_OffersTheSurvey()
    {
        var desk = DeskFor("ktp-el");
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id);
        var cut = Open(mine);
        Assert.Empty(cut.FindAll("[data-testid='survey-form']"));

        Engine.Finish(desk.Id, mine.Id);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='survey-form']")));
        Assert.Equal(9, cut.FindAll("fieldset.survey-question").Count);
    }

    [Fact]
    public void Survey_SubmittedOnce_ThanksAndStoresOneAnonymousAnswer_SecondSubmissionRefused()
    {
        var desk = DeskFor("ktp-el");
        var mine = Served(desk);
        var phone = Open(mine);
        var otherTab = Open(mine);

        SurveyFilling.AnswerAll(phone, 4);
        phone.Find("[data-testid='survey-comment']").Input("Petugas ramah");
        phone.Find("[data-testid='survey-submit']").Click();

        Assert.Contains("Terima kasih!", phone.Find("[data-testid='survey-thanks']").TextContent, StringComparison.Ordinal);
        var stored = Assert.Single(Store.LoadResponses(Engine.Today, Engine.Today));
        Assert.Equal(mine.Id, stored.TicketId);
        Assert.Equal("ktp-el", stored.ServiceId);
        Assert.Equal(desk.Id, stored.DeskId);
        Assert.Equal(36, stored.Answers.Total);
        Assert.Equal("Petugas ramah", stored.Comment);

        SurveyFilling.Send(otherTab, 1);

        Assert.Equal("Survei untuk nomor A001 sudah diisi. Terima kasih atas penilaian Anda.", otherTab.Find("[data-testid='survey-closed']").TextContent);
        Assert.Equal(36, Assert.Single(Store.LoadResponses(Engine.Today, Engine.Today)).Answers.Total);
    }

    [Fact]
    public void Survey_SentForOneTicket_PageMovesToAnotherTicket_OffersTheFormAgainWithoutTheThanks()
    {
        var desk = DeskFor("ktp-el");
        var first = Served(desk);
        var second = Served(desk);
        var cut = Open(first);
        SurveyFilling.Send(cut, 4);
        Assert.Single(cut.FindAll("[data-testid='survey-thanks']"));

        // The same page, the address now another ticket's (the router keeps the component).
        cut.Render(p => p.Add(x => x.Token, second.Token));

        Assert.Equal(second.Number.ToString(), cut.Find("[data-testid='ticket-number']").TextContent);
        Assert.Empty(cut.FindAll("[data-testid='survey-thanks']"));
        SurveyFilling.Send(cut, 2);
        Assert.Single(cut.FindAll("[data-testid='survey-thanks']"));
        Assert.Equal([36, 18], Store.LoadResponses(Engine.Today, Engine.Today).Select(r => r.Answers.Total).Order().Reverse());
    }

    [Fact]
    public void Survey_OneElementLeftOut_NamesItAndStoresNothing()
    {
        var cut = Open(Served(DeskFor("ktp-el")));
        SurveyFilling.AnswerAll(cut, 3, skip: SkmElement.Facilities);

        cut.Find("[data-testid='survey-submit']").Click();

        Assert.Equal("Mohon beri penilaian untuk unsur Sarana dan prasarana.", cut.Find("[data-testid='survey-error']").TextContent);
        Assert.Empty(Store.LoadResponses(Engine.Today, Engine.Today));
    }

    [Fact]
    public void Survey_AnsweredBefore_PageSaysSoInsteadOfTheForm()
    {
        var mine = Served(DeskFor("ktp-el"));
        Services.GetRequiredService<SurveyService>().Submit(mine.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => 3), null);

        var cut = Open(mine);

        Assert.Empty(cut.FindAll("[data-testid='survey-form']"));
        Assert.Equal("Penilaian untuk nomor ini sudah diterima. Terima kasih!", cut.Find("[data-testid='survey-closed']").TextContent);
    }

    [Fact]
    public void Survey_TicketNotServed_NoFormAndSaysWhy()
    {
        var desk = DeskFor("ktp-el");
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id);
        Engine.Recall(desk.Id, mine.Id);
        Engine.MarkNoShow(desk.Id, mine.Id);

        var cut = Open(mine);

        Assert.Empty(cut.FindAll("[data-testid='survey-form']"));
        Assert.Equal("Survei dapat diisi setelah layanan untuk nomor A001 selesai; nomor ini tidak hadir.", cut.Find("[data-testid='survey-not-served']").TextContent);
        Assert.Throws<SurveyException>(() => Services.GetRequiredService<SurveyService>().Submit(mine.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => 4), null));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Render_UnknownToken_ShowsFriendlyMessageNotAnError(string token)
    {
        var cut = Render<TicketPage>(p => p.Add(x => x.Token, token));

        Assert.Contains("Tiket tidak ditemukan", cut.Find("[data-testid='unknown-ticket']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='ticket-page']"));
    }

    [Fact]
    public void Render_TokenOfAWellFormedButUnknownTicket_ShowsFriendlyMessage()
    {
        var real = Engine.Issue(new IssueRequest("ktp-el"));
        var forged = new string(real.Token.Reverse().ToArray());

        var cut = Render<TicketPage>(p => p.Add(x => x.Token, forged));

        Assert.Contains("Tiket tidak ditemukan", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TicketOfYesterday_SaysItHasExpiredWithoutActions()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        Time.Advance(TimeSpan.FromDays(1));

        var cut = Open(mine);

        var old = cut.Find("[data-testid='old-ticket']").TextContent;
        Assert.Contains("Tiket ini sudah lewat", old, StringComparison.Ordinal);
        Assert.Contains("Nomor A001 berlaku untuk Senin, 23 November 2026.", old, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='ticket-actions']"));
    }

    [Fact]
    public void Render_LateInItsOwnDay_StillReadable()
    {
        var desk = DeskFor("ktp-el");
        var mine = Served(desk);
        Time.Advance(TimeSpan.FromHours(14.5));

        var cut = Open(mine);

        Assert.Equal("A001", cut.Find("[data-testid='ticket-number']").TextContent);
        Assert.Single(cut.FindAll("[data-testid='survey-form']"));
    }

    [Fact]
    public void Render_English_EverythingAVisitorReadsIsEnglish()
    {
        UseCulture("en");
        OpenDesk(DeskFor("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        Time.Advance(TimeSpan.FromMinutes(1));
        Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Open(mine);

        Assert.Contains("Your queue number", cut.Markup, StringComparison.Ordinal);
        Assert.StartsWith("Electronic identity card", cut.Find("[data-testid='ticket-service']").TextContent, StringComparison.Ordinal);
        Assert.Equal("10–20 min", cut.Find("[data-testid='ticket-estimate']").TextContent);
        Assert.StartsWith("Based on the standard time", cut.Find("[data-testid='ticket-estimate-how']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Only 1 ahead of you.", cut.Find("[data-testid='ticket-soon']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Cancel my ticket", cut.Find("[data-testid='ticket-cancel']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Let the next 3 people go first. Only once.", cut.Find("[data-testid='ticket-late-help']").TextContent);

        cut.Find("[data-testid='ticket-late']").Click();
        Engine.PostponeByToken(mine.Token);
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid='people-ahead']").TextContent));
        cut.Find("[data-testid='confirm-late-yes']").Click();
        // A live refresh may still be on the renderer when the tap arrives: the tap is handled right after it.
        cut.WaitForAssertion(() => Assert.Contains("once", cut.Find("[data-testid='ticket-error']").TextContent, StringComparison.Ordinal));
    }

    private IRenderedComponent<TicketPage> Open(Ticket ticket) => Render<TicketPage>(p => p.Add(x => x.Token, ticket.Token));

    private void OpenDesk(Desk desk) =>
        Engine.SignInToDesk(desk.Id, Store.LoadOfficers().Single(o => o.Id == "petugas-" + desk.AgencyId));

    private Ticket Served(Desk desk)
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Assert.Equal(ticket.Id, Engine.CallNext(desk.Id).Id);
        Time.Advance(TimeSpan.FromMinutes(7));
        return Engine.Finish(desk.Id, ticket.Id);
    }
}
