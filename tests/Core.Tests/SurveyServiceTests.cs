using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

public class SurveyServiceTests
{
    private readonly EngineHarness _h = new();
    private readonly InMemorySurveyStore _store = new();
    private readonly SurveyService _survey;

    public SurveyServiceTests()
    {
        _survey = new SurveyService(_h.Engine, _store, _h.Clock);
    }

    private static Dictionary<SkmElement, int> Answers(int value = 4) =>
        SkmAnswers.Elements.ToDictionary(e => e, _ => value);

    private Ticket Served(string service = "a", string desk = "loket-01")
    {
        var ticket = _h.Issue(service);
        if (_h.Engine.DeskHolder(desk) is null)
        {
            _h.SignIn(desk, "officer-7");
        }

        _h.Engine.CallNext(desk, "officer-7");
        _h.Engine.StartServing(desk, ticket.Id, "officer-7");
        _h.Clock.Advance(TimeSpan.FromMinutes(9));
        return _h.Engine.Finish(desk, ticket.Id, "officer-7");
    }

    private static SurveyException Refused(Action action) => Assert.Throws<SurveyException>(action);

    [Fact]
    public void Submit_TicketDone_StoresItUnderTheServiceAgencyDeskAndDay()
    {
        var ticket = Served();
        var answers = Answers(3);
        answers[SkmElement.Cost] = 4;

        var response = _survey.Submit(ticket.Token, answers, "  Petugas ramah,\r\nantrian tertib.  ");

        var stored = Assert.Single(_store.All);
        Assert.Equal(response, stored);
        Assert.Equal(ticket.Id, stored.TicketId);
        Assert.Equal("a", stored.ServiceId);
        Assert.Equal("disdukcapil", stored.AgencyId);
        Assert.Equal("loket-01", stored.DeskId);
        Assert.Equal(new DateOnly(2026, 11, 23), stored.ServiceDate);
        Assert.Equal(_h.Clock.GetUtcNow(), stored.SubmittedAt);
        Assert.Equal(4, stored.Answers[SkmElement.Cost]);
        Assert.Equal(3, stored.Answers[SkmElement.Facilities]);
        Assert.Equal("Petugas ramah,\nantrian tertib.", stored.Comment);
    }

    [Fact]
    public void Submit_TransferredTicket_CountsForTheServiceThatServedIt()
    {
        var ticket = _h.Issue("a");
        _h.Engine.CallNext("loket-01");
        _h.Engine.Transfer("loket-01", ticket.Id, "sk");
        _h.Engine.CallNext("loket-04");
        _h.Engine.Finish("loket-04", ticket.Id);

        var response = _survey.Submit(ticket.Token, Answers(), null);

        Assert.Equal(("sk", "polres", "loket-04"), (response.ServiceId, response.AgencyId, response.DeskId));
    }

    [Fact]
    public void Response_HasNoOfficer_EvenThoughTheTicketRecordsOne()
    {
        var ticket = Served();

        _survey.Submit(ticket.Token, Answers(), null);

        Assert.Equal("officer-7", ticket.OfficerId);
        Assert.DoesNotContain(typeof(SurveyResponse).GetProperties(), p => p.Name.Contains("Officer", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(typeof(SurveyResponse).GetProperties(), p => (p.GetValue(Assert.Single(_store.All)) as string) == "officer-7");
    }

    [Fact]
    public void Submit_TicketStillWaitingOrBeingServed_IsRefusedAndNothingIsStored()
    {
        var waiting = _h.Issue("a");

        var error = Refused(() => _survey.Submit(waiting.Token, Answers(), null));

        Assert.Equal(SurveyErrorCode.TicketNotServed, error.Code);
        Assert.Equal("Survei dapat diisi setelah layanan untuk nomor A001 selesai; nomor ini masih menunggu.", error.Error.Describe(Indonesian));
        Assert.Equal("The survey opens once the service for ticket A001 is finished; this ticket is still waiting.", error.Message);

        _h.Engine.CallNext("loket-01");
        _h.Engine.StartServing("loket-01", waiting.Id);
        Assert.Equal(SurveyErrorCode.TicketNotServed, Refused(() => _survey.Submit(waiting.Token, Answers(), null)).Code);
        Assert.Empty(_store.All);
    }

    [Fact]
    public void Submit_CancelledTicket_IsRefused()
    {
        var ticket = _h.Issue("a");
        _h.Engine.CancelByToken(ticket.Token);

        Assert.Equal(SurveyErrorCode.TicketNotServed, Refused(() => _survey.Submit(ticket.Token, Answers(), null)).Code);
    }

    [Fact]
    public void Submit_SecondTime_IsRefusedAndTheFirstStays()
    {
        var ticket = Served();
        var first = _survey.Submit(ticket.Token, Answers(4), null);

        var error = Refused(() => _survey.Submit(ticket.Token, Answers(1), null));

        Assert.Equal(SurveyErrorCode.AlreadyAnswered, error.Code);
        Assert.Equal("Survei untuk nomor A001 sudah diisi. Terima kasih atas penilaian Anda.", error.Error.Describe(Indonesian));
        Assert.Equal("The survey for ticket A001 has already been answered. Thank you for your feedback.", error.Message);
        Assert.Equal(first, Assert.Single(_store.All));
    }

    [Fact]
    public void Submit_StoreAlreadyHoldsOneFromARacingRequest_IsRefused()
    {
        var ticket = Served();
        var racing = new RacingStore();
        var survey = new SurveyService(_h.Engine, racing, _h.Clock);

        Assert.Equal(SurveyErrorCode.AlreadyAnswered, Refused(() => survey.Submit(ticket.Token, Answers(), null)).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Submit_UnknownToken_IsRefused(string token)
    {
        Served();

        var error = Refused(() => _survey.Submit(token, Answers(), null));

        Assert.Equal(SurveyErrorCode.UnknownTicket, error.Code);
        Assert.Equal("Nomor antrian tidak ditemukan. Silakan pindai kembali kode QR pada tiket Anda.", error.Error.Describe(Indonesian));
        Assert.Empty(_store.All);
    }

    [Fact]
    public void Submit_AnswerOutOfRange_IsRefusedNamingTheElementInBothLanguages()
    {
        var ticket = Served();
        var answers = Answers();
        answers[SkmElement.ServiceTime] = 5;

        var error = Refused(() => _survey.Submit(ticket.Token, answers, null));

        Assert.Equal(SurveyErrorCode.AnswerOutOfRange, error.Code);
        Assert.Equal("Penilaian untuk unsur Waktu penyelesaian harus 1 sampai 4, bukan 5.", error.Error.Describe(Indonesian));
        Assert.Equal("The rating for Time to complete must be 1 to 4, not 5.", error.Message);
        Assert.Empty(_store.All);
        Assert.True(_survey.CanAnswer(ticket.Token));
    }

    [Fact]
    public void Submit_ZeroAnswer_IsRefused()
    {
        var ticket = Served();
        var answers = Answers();
        answers[SkmElement.Requirements] = 0;

        Assert.Equal(SurveyErrorCode.AnswerOutOfRange, Refused(() => _survey.Submit(ticket.Token, answers, null)).Code);
    }

    [Fact]
    public void Submit_MissingAnswer_IsRefusedNamingTheElementInBothLanguages()
    {
        var ticket = Served();
        var answers = Answers();
        answers.Remove(SkmElement.ComplaintHandling);

        var error = Refused(() => _survey.Submit(ticket.Token, answers, null));

        Assert.Equal(SurveyErrorCode.MissingAnswer, error.Code);
        Assert.Equal("Mohon beri penilaian untuk unsur Penanganan pengaduan, saran dan masukan.", error.Error.Describe(Indonesian));
        Assert.Equal("Please rate Handling of complaints, suggestions and feedback.", error.Message);
        Assert.Empty(_store.All);
    }

    [Fact]
    public void Submit_UnknownElement_IsRefused()
    {
        var ticket = Served();
        var answers = Answers();
        answers[(SkmElement)10] = 4;

        Assert.Equal(SurveyErrorCode.UnknownElement, Refused(() => _survey.Submit(ticket.Token, answers, null)).Code);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("bagus </b>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<!-- x -->")]
    public void Submit_CommentWithMarkup_IsRefusedInBothLanguages(string comment)
    {
        var ticket = Served();

        var error = Refused(() => _survey.Submit(ticket.Token, Answers(), comment));

        Assert.Equal(SurveyErrorCode.CommentHasMarkup, error.Code);
        Assert.Equal("Saran dan masukan hanya boleh berupa teks biasa, tanpa kode HTML.", error.Error.Describe(Indonesian));
        Assert.Equal("Comments must be plain text, without HTML code.", error.Message);
        Assert.Empty(_store.All);
    }

    [Fact]
    public void Submit_CommentWithALessThanSign_IsPlainTextAndAccepted()
    {
        var ticket = Served();

        var response = _survey.Submit(ticket.Token, Answers(), "Dilayani < 10 menit <3");

        Assert.Equal("Dilayani < 10 menit <3", response.Comment);
    }

    [Fact]
    public void Submit_CommentOf501Characters_IsRefused_500IsAccepted()
    {
        var ticket = Served();

        var error = Refused(() => _survey.Submit(ticket.Token, Answers(), new string('a', 501)));
        var response = _survey.Submit(ticket.Token, Answers(), new string('a', 500));

        Assert.Equal(SurveyErrorCode.CommentTooLong, error.Code);
        Assert.Equal("Saran dan masukan paling banyak 500 karakter.", error.Error.Describe(Indonesian));
        Assert.Equal(500, response.Comment!.Length);
    }

    [Fact]
    public void Submit_CommentWithControlCharacters_IsRefused()
    {
        var ticket = Served();

        Assert.Equal(SurveyErrorCode.CommentNotPlainText, Refused(() => _survey.Submit(ticket.Token, Answers(), "ok\u0000\u001b[31m")).Code);
    }

    [Fact]
    public void Submit_BlankComment_IsStoredAsNone()
    {
        var ticket = Served();

        Assert.Null(_survey.Submit(ticket.Token, Answers(), " \n ").Comment);
    }

    [Fact]
    public void CanAnswer_FollowsTheTicketAndTheResponse()
    {
        var ticket = _h.Issue("a");
        Assert.False(_survey.CanAnswer(ticket.Token));

        _h.Engine.CallNext("loket-01");
        _h.Engine.Finish("loket-01", ticket.Id);
        Assert.True(_survey.CanAnswer(ticket.Token));

        _survey.Submit(ticket.Token, Answers(), null);
        Assert.False(_survey.CanAnswer(ticket.Token));
        Assert.False(_survey.CanAnswer("no-such-token-0123456789"));
        Assert.False(_survey.CanAnswer(null));
    }

    [Fact]
    public void Report_AfterTwoSubmissions_ComputesTheIndexOfTheDay()
    {
        _survey.Submit(Served().Token, Answers(4), null);
        _survey.Submit(Served().Token, Answers(3), null);

        var report = _survey.Report(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23));

        // (36 + 27) ÷ 18 × 25 = 87.50 (B).
        Assert.Equal(87.50m, report.Site.Index);
        Assert.Equal(SkmGrade.B, report.Site.Grade);
        Assert.Equal(SurveyErrorCode.InvalidPeriod, Refused(() => _survey.Report(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 23))).Code);
    }

    /// <summary>A store where another request has just added the response: the check passes, the add does not.</summary>
    private sealed class RacingStore : ISurveyStore
    {
        public bool TryAddResponse(SurveyResponse response) => false;

        public IReadOnlyList<SurveyResponse> LoadResponses(DateOnly firstDay, DateOnly lastDay) => [];

        public bool HasResponse(string ticketId) => false;
    }
}
