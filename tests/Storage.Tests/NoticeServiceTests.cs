using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>
/// The notices on a real data file: decided once from the journal, sent in the agency's channel order, retried and
/// moved on to the next channel, and the visitor's number deleted after its day (issue #16).
/// </summary>
public sealed class NoticeServiceTests : IDisposable
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, Wib));
    private readonly RecordingNoticeProvider _push = new(NoticeChannel.WebPush);
    private readonly RecordingNoticeProvider _whatsApp = new(NoticeChannel.WhatsApp);
    private readonly RecordingNoticeProvider _sms = new(NoticeChannel.Sms);
    private readonly LiteQueueStore _store;
    private readonly QueueEngine _engine;
    private NoticeService _notices;

    public NoticeServiceTests()
    {
        _store = new LiteQueueStore(Path.Combine(_folder.Path, "mpp.db"));
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build());
        _engine = new QueueEngine(_store, _time, new QueueNotifier());
        var officer = new Officer { Id = "rina", UserName = "rina", DisplayName = "Rina", Role = OfficerRole.Officer, AgencyId = "disdukcapil" };
        _store.SaveOfficer(officer);
        _engine.SignInToDesk("loket-01", officer);
        _notices = Start();
    }

    public void Dispose()
    {
        _notices.Dispose();
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Called_VisitorWithPhone_GoesOutOnceOnWhatsApp_EvenWhenTheJournalIsReadAgain()
    {
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        _notices.SetPhone(NoticeSubject.Ticket(ticket.Id), "0812-3456-7890", "id");

        _engine.CallNext("loket-01", "rina");
        await RoundAsync();

        var sent = Assert.Single(_whatsApp.Deliveries, d => d.Notice.Kind == NoticeKind.Called);
        Assert.Equal("called", sent.TemplateKey);
        Assert.Equal([ticket.Number.ToString(), "1", "KTP-el (Kartu Tanda Penduduk Elektronik)"], sent.TemplateParameters);
        Assert.Equal("6281234567890", sent.Contact.Phone);
        Assert.Contains("Loket 1", sent.Body, StringComparison.Ordinal);
        Assert.Empty(_push.Deliveries);

        // The cursor is put back to the start of the journal and the service starts again: nothing is decided twice.
        _store.AddNotices([], 0);
        _notices.Dispose();
        _notices = Start();
        await RoundAsync();

        Assert.Single(_whatsApp.Deliveries, d => d.Notice.Kind == NoticeKind.Called);
        var notice = Assert.Single(_notices.NoticesOf(ticket), n => n.Kind == NoticeKind.Called);
        Assert.Equal(NoticeState.Sent, notice.State);
        Assert.Equal(NoticeChannel.WhatsApp, notice.Channel);
    }

    [Fact]
    public async Task Cursor_MovesThatNotifyNobody_AreStoredAtMostOnceAMinute_AndBeforeAContactIsSet()
    {
        var first = _engine.Issue(new IssueRequest("ktp-el"));
        await RoundAsync();
        Assert.Equal(_store.LastJournalId(), _store.NoticeCursor());

        // Nobody asked for notices: the position moves on in memory, the data file is not written for it.
        var stored = _store.NoticeCursor();
        _engine.CallNext("loket-01", "rina");
        await RoundAsync();
        Assert.Equal((stored, _store.LastJournalId()), (_store.NoticeCursor(), _notices.Cursor));

        // A minute later it is stored with the next round.
        _time.Advance(TimeSpan.FromMinutes(1));
        _engine.Finish("loket-01", first.Id, "rina");
        await RoundAsync();
        Assert.Equal(_store.LastJournalId(), _store.NoticeCursor());

        // A visitor sets a number: the position is stored first, so that a restart never decides the moves before it
        // for the new contact, and the notices of later moves are decided from there, once.
        var mine = _engine.Issue(new IssueRequest("ktp-el"));
        await RoundAsync();
        Assert.NotEqual(_store.LastJournalId(), _store.NoticeCursor());
        _notices.SetPhone(NoticeSubject.Ticket(mine.Id), "0812-3456-7890", "id");
        Assert.Equal(_store.LastJournalId(), _store.NoticeCursor());

        _engine.CallNext("loket-01", "rina");
        _notices.Dispose();
        _notices = Start();
        await RoundAsync();
        Assert.Single(_whatsApp.Deliveries, d => d.Notice.Kind == NoticeKind.Called && d.Notice.TicketId == mine.Id);
    }

    [Fact]
    public async Task Provider_FailingThenRecovering_SendsOnce_AfterGrowingWaits()
    {
        _whatsApp.Then(NoticeSendResult.Failed(500, "server error"), NoticeSendResult.Failed(null, "timeout"));
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        _notices.SetPhone(NoticeSubject.Ticket(ticket.Id), "081234567890", "id");
        _engine.CallNext("loket-01", "rina");

        await RoundAsync();
        await RoundAsync();
        Assert.Single(_whatsApp.Deliveries);

        _time.Advance(TimeSpan.FromSeconds(2));
        await RoundAsync();
        Assert.Equal(2, _whatsApp.Deliveries.Count);

        _time.Advance(TimeSpan.FromSeconds(3));
        await RoundAsync();
        Assert.Equal(2, _whatsApp.Deliveries.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        await RoundAsync();
        _time.Advance(TimeSpan.FromMinutes(5));
        await RoundAsync();

        Assert.Equal(3, _whatsApp.Deliveries.Count);
        Assert.Equal(1, _whatsApp.Taken);
        Assert.Empty(_sms.Deliveries);
        var notice = Assert.Single(_notices.NoticesOf(ticket));
        Assert.Equal(NoticeState.Sent, notice.State);
        Assert.Equal([true, false, false], notice.Attempts.Select(a => a.Ok));
    }

    [Fact]
    public async Task FallbackOrder_PushGoneAndWhatsAppRefused_SmsSends()
    {
        _push.Then(NoticeSendResult.Failed(410, "subscription gone", permanent: true));
        _whatsApp.Then(NoticeSendResult.Failed(400, "131026 undeliverable", permanent: true));
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        var subject = NoticeSubject.Ticket(ticket.Id);
        _notices.SetPhone(subject, "081234567890", "en");
        _notices.SetPush(subject, new PushEndpoint("https://push.example/abc", "key", "auth"), "en");
        _engine.CallNext("loket-01", "rina");

        for (var i = 0; i < 4; i++)
        {
            await RoundAsync();
        }

        Assert.Single(_push.Deliveries);
        Assert.Single(_whatsApp.Deliveries);
        var sms = Assert.Single(_sms.Deliveries);
        Assert.StartsWith("Number " + ticket.Number + " is called to Desk 1", sms.Body, StringComparison.Ordinal);
        var notice = Assert.Single(_notices.NoticesOf(ticket));
        Assert.Equal(NoticeChannel.Sms, notice.Channel);
        Assert.Equal([NoticeChannel.WebPush, NoticeChannel.WhatsApp], notice.ChannelsFailed);
    }

    [Fact]
    public async Task FallbackOrder_TheAgencysOwnOrder_IsFollowed()
    {
        var agency = _engine.Catalog.Agencies["disdukcapil"] with { NoticeChannels = [NoticeChannel.Sms, NoticeChannel.WhatsApp] };
        _store.SaveAgency(agency);
        _engine.ReloadCatalog();
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        var subject = NoticeSubject.Ticket(ticket.Id);
        _notices.SetPush(subject, new PushEndpoint("https://push.example/abc", "key", "auth"), "id");
        _notices.SetPhone(subject, "081234567890", "id");

        _engine.CallNext("loket-01", "rina");
        await RoundAsync();

        Assert.Single(_sms.Deliveries);
        Assert.Empty(_whatsApp.Deliveries);
        Assert.Empty(_push.Deliveries);
    }

    [Fact]
    public async Task Recall_GoesOutOnTheChannelTheCallWentOutOn()
    {
        _push.Then(NoticeSendResult.Failed(410, "subscription gone", permanent: true));
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        var subject = NoticeSubject.Ticket(ticket.Id);
        _notices.SetPush(subject, new PushEndpoint("https://push.example/abc", "key", "auth"), "id");
        _notices.SetPhone(subject, "081234567890", "id");
        _engine.CallNext("loket-01", "rina");
        await RoundAsync();
        await RoundAsync();

        _engine.Recall("loket-01", ticket.Id, "rina");
        await RoundAsync();

        Assert.Single(_push.Deliveries);
        Assert.Equal([NoticeKind.Called, NoticeKind.Recalled], _whatsApp.Deliveries.Select(d => d.Notice.Kind));
        Assert.Equal("recalled", _whatsApp.Deliveries[1].TemplateKey);
    }

    [Fact]
    public async Task ComeBack_GoesOutOnce_WhenTheEstimatedWaitReachesTheServicesThreshold()
    {
        var tickets = Enumerable.Range(0, 8).Select(_ => _engine.Issue(new IssueRequest("ktp-el"))).ToList();
        var last = tickets[^1];
        _notices.SetPhone(NoticeSubject.Ticket(last.Id), "081234567890", "id");
        var threshold = _engine.Catalog.Services["ktp-el"].Notices.ComeBackMinutes;
        Assert.True(_engine.Snapshot.Waiting(last)!.Estimate!.LowMinutes > threshold, "The test needs a wait above the threshold to start with.");
        await RoundAsync();
        Assert.Empty(_whatsApp.Deliveries);

        var calls = 0;
        while (true)
        {
            var called = _engine.CallNext("loket-01", "rina");
            _engine.Finish("loket-01", called.Id, "rina");
            calls++;
            var reached = _engine.Snapshot.Waiting(last)!.Estimate!.LowMinutes <= threshold;
            await RoundAsync();
            if (reached)
            {
                break;
            }

            Assert.Empty(_whatsApp.Deliveries);
        }

        var more = _engine.CallNext("loket-01", "rina");
        _engine.Finish("loket-01", more.Id, "rina");
        await RoundAsync();

        var comeBack = Assert.Single(_whatsApp.Deliveries);
        Assert.Equal(NoticeKind.ComeBack, comeBack.Notice.Kind);
        Assert.True(comeBack.Notice.Content.Minutes <= threshold);
        Assert.Contains("Silakan kembali ke ruang tunggu", comeBack.Body, StringComparison.Ordinal);
        Assert.True(calls < tickets.Count - 1);
    }

    [Fact]
    public async Task Booking_ConfirmedWhenTheNumberIsGiven_AndCancelled_ThenTheNumberIsForgotten()
    {
        var tuesday = new DateOnly(2026, 11, 24);
        var booking = _engine.Book(new BookingRequest("ktp-el", tuesday, new TimeOnly(9, 0), BookingHolder.From("081298765432", null, new BookingSecret(new string('s', 40)))));
        var subject = NoticeSubject.Booking(booking.Code);
        _notices.SetPhone(subject, "081298765432", "id");
        await RoundAsync();

        var confirmed = Assert.Single(_whatsApp.Deliveries);
        Assert.Equal("booking_confirmed", confirmed.TemplateKey);
        Assert.Equal(booking.Code, confirmed.TemplateParameters[0]);
        Assert.Equal("09.00–10.00", confirmed.TemplateParameters[3]);

        _engine.CancelBooking(booking.Token);
        await RoundAsync();
        await RoundAsync();

        Assert.Equal(["booking_confirmed", "cancelled_booking"], _whatsApp.Deliveries.Select(d => d.TemplateKey));
        Assert.Null(_notices.Contact(subject));
        Assert.Null(_store.FindContact(subject.Key));
    }

    [Fact]
    public async Task Reminder_TheDayBefore_FromTheConfiguredHour()
    {
        var tuesday = new DateOnly(2026, 11, 24);
        var booking = _engine.Book(new BookingRequest("ktp-el", tuesday, new TimeOnly(8, 0), BookingHolder.From("081298765432", null, new BookingSecret(new string('s', 40)))));
        _notices.SetPhone(NoticeSubject.Booking(booking.Code), "081298765432", "id");
        await RoundAsync();

        Assert.Equal(0, _notices.DecideReminders());
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 16, 0, 0, Wib));
        Assert.Equal(1, _notices.DecideReminders());
        Assert.Equal(0, _notices.DecideReminders());
        await _notices.SendDueAsync();

        Assert.Equal(["booking_confirmed", "booking_reminder"], _whatsApp.Deliveries.Select(d => d.TemplateKey));
    }

    [Fact]
    public async Task DeliveryReport_NotArrived_TriesTheNextChannel_AndAReceiptMarksItDelivered()
    {
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        var subject = NoticeSubject.Ticket(ticket.Id);
        _notices.SetPhone(subject, "081234567890", "id");
        _engine.CallNext("loket-01", "rina");
        await RoundAsync();
        var wa = Assert.Single(_notices.NoticesOf(ticket));

        Assert.False(_notices.ReportDelivery(NoticeChannel.WhatsApp, "wamid.unknown", delivered: false, "131026"));
        Assert.True(_notices.ReportDelivery(NoticeChannel.WhatsApp, wa.ProviderMessageId!, delivered: false, "131026 undeliverable"));
        await RoundAsync();

        var sms = Assert.Single(_sms.Deliveries);
        Assert.False(_notices.ReportSeen(sms.Notice.Id, "wrong"));
        Assert.True(_notices.ReportDelivery(NoticeChannel.Sms, _notices.NoticesOf(ticket)[0].ProviderMessageId!, delivered: true, null));
        var notice = Assert.Single(_notices.NoticesOf(ticket));
        Assert.Equal(NoticeState.Delivered, notice.State);
        Assert.Equal(NoticeChannel.Sms, notice.Channel);
    }

    [Fact]
    public async Task Receipt_ArrivingWhileTheSendStillWaitsForItsAnswer_KeepsTheNoticeDelivered()
    {
        _notices.Dispose();
        _notices = new NoticeService(_store, _store, _engine, [_push], new NoticeOptions { TimeoutSeconds = 0.5 }, _time, NullLogger<NoticeService>.Instance);
        _push.Hang = true;
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        _notices.SetPush(NoticeSubject.Ticket(ticket.Id), new PushEndpoint("https://push.example/abc", "key", "auth"), "id");
        _engine.CallNext("loket-01", "rina");
        _notices.DecideFromJournal();

        var sending = _notices.SendDueAsync();
        while (_push.Deliveries.Count == 0)
        {
            await Task.Delay(10);
        }

        var shown = _push.Deliveries[0].Notice;
        Assert.True(_notices.ReportSeen(shown.Id, shown.Receipt!));
        await sending;

        var notice = Assert.Single(_notices.NoticesOf(ticket));
        Assert.Equal(NoticeState.Delivered, notice.State);
        Assert.Equal(NoticeChannel.WebPush, notice.Channel);
        Assert.Equal(0, _notices.PendingCount);
    }

    [Fact]
    public void SetPhone_NotAMobileNumber_OrAFinishedTicket_IsRefusedInWords()
    {
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        var bad = Assert.Throws<QueueException>(() => _notices.SetPhone(NoticeSubject.Ticket(ticket.Id), "021-555", "id"));
        Assert.Equal(QueueErrorCode.InvalidPhone, bad.Code);

        _engine.CallNext("loket-01", "rina");
        _engine.Finish("loket-01", ticket.Id, "rina");
        var closed = Assert.Throws<QueueException>(() => _notices.SetPhone(NoticeSubject.Ticket(ticket.Id), "081234567890", "id"));
        Assert.Equal(QueueErrorCode.NoticesClosed, closed.Code);
        Assert.Contains(ticket.Number.ToString(), closed.Error.Describe(System.Globalization.CultureInfo.GetCultureInfo("id-ID")), StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_AfterItsDay_IsDeleted_AndTheNumberIsGoneFromTheDataFile()
    {
        const string number = "6281298761234";
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        _notices.SetPhone(NoticeSubject.Ticket(ticket.Id), "0812-9876-1234", "id");
        Assert.True(FileHolds(number), "The number should be in the data file while its day lasts (else the search proves nothing).");

        Assert.Equal(0, _notices.PurgeContacts());
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, _notices.PurgeContacts());

        Assert.Null(_notices.Contact(NoticeSubject.Ticket(ticket.Id)));
        Assert.False(FileHolds(number), "The deleted number is still in the data file.");
    }

    private bool FileHolds(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in Directory.GetFiles(_folder.Path))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.ToArray().AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private NoticeService Start() => new(_store, _store, _engine, [_push, _whatsApp, _sms], new NoticeOptions(), _time, NullLogger<NoticeService>.Instance);

    private async Task RoundAsync()
    {
        _notices.DecideFromJournal();
        await _notices.SendDueAsync();
    }
}
