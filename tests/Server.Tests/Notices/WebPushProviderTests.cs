using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Server.Notices;

namespace MppQueue.Server.Tests.Notices;

/// <summary>The Web Push provider against a push service on a local port, checked with the browser's side of the RFCs.</summary>
public sealed class WebPushProviderTests : IDisposable
{
    private const string Subject = "mailto:admin@mpp-test.example";

    private readonly PushReceiver _receiver = new();
    private readonly PushBrowser _browser = new();
    private readonly MemoryNoticeStore _store = new();
    private readonly WebPushProvider _provider;

    public WebPushProviderTests() =>
        _provider = new WebPushProvider(
            new VapidKeySource(_store, TimeProvider.System),
            Options.Create(new WebPushOptions { Subject = Subject, TtlMinutes = 60 }),
            Options.Create(new NoticeOptions { GiveUpAfterMinutes = 120 }),
            TimeProvider.System,
            NullLogger<WebPushProvider>.Instance);

    public void Dispose()
    {
        _provider.Dispose();
        _browser.Dispose();
        _receiver.Dispose();
    }

    [Fact]
    public async Task SendAsync_CalledNotice_CarriesAVapidTokenOfTheStoredKeyAndABodyOnlyTheSubscriptionCanRead()
    {
        var delivery = Delivery(NoticeKind.Called, _browser.Subscribe(_receiver.Endpoint("sub-1")), DateTimeOffset.UtcNow);

        var result = await _provider.SendAsync(delivery, CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(201, result.Status);
        var request = Assert.Single(_receiver.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/push/sub-1", request.Path);

        // VAPID: signed with the key pair kept in the store, for this push service, by the configured subject.
        var token = VapidToken.Verify(request.Headers["Authorization"]);
        Assert.Equal(_store.LoadVapidKeys()!.PublicKey, token.PublicKey);

        // The library names the origin without its port; push services listen on 443, where the two are the same.
        Assert.Equal("http://127.0.0.1", token.Audience);
        Assert.InRange(token.Expires, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(24));
        Assert.Equal(Subject, token.Subject);

        Assert.Equal("aes128gcm", request.Headers["Content-Encoding"]);
        Assert.Equal("3600", request.Headers["TTL"]);
        Assert.Equal("high", request.Headers["Urgency"]);
        Assert.Equal(WebPushProvider.Topic(delivery.Notice.Id), request.Headers["Topic"]);
        Assert.Matches("^[A-Za-z0-9_-]{32}$", request.Headers["Topic"]);

        using var json = JsonDocument.Parse(_browser.Decrypt(request.Body));
        var message = json.RootElement;
        Assert.Equal("Nomor Anda dipanggil", message.GetProperty("title").GetString());
        Assert.Equal(delivery.Body, message.GetProperty("body").GetString());
        Assert.Contains("A012", message.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("/t/page-token-1", message.GetProperty("url").GetString());
        Assert.Equal("Called:ticket-1", message.GetProperty("tag").GetString());
        Assert.Equal(delivery.Notice.Id, message.GetProperty("id").GetString());
        Assert.Equal("receipt-1", message.GetProperty("receipt").GetString());
    }

    [Fact]
    public async Task SendAsync_ComeBackNoticeDecidedLongAgo_KeptOnlyUntilItWouldBeGivenUpAtNormalUrgency()
    {
        var delivery = Delivery(NoticeKind.ComeBack, _browser.Subscribe(_receiver.Endpoint("sub-2")), DateTimeOffset.UtcNow.AddMinutes(-100));

        var result = await _provider.SendAsync(delivery, CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        var request = Assert.Single(_receiver.Received);
        Assert.InRange(int.Parse(request.Headers["TTL"]), 1190, 1200);
        Assert.False(request.Headers.ContainsKey("Urgency"));
    }

    [Fact]
    public async Task SendAsync_SameNoticeTwice_SameTopicSoTheSecondReplacesTheFirst()
    {
        var delivery = Delivery(NoticeKind.Called, _browser.Subscribe(_receiver.Endpoint("sub-3")), DateTimeOffset.UtcNow);

        await _provider.SendAsync(delivery, CancellationToken.None);
        await _provider.SendAsync(delivery, CancellationToken.None);

        var topics = _receiver.Received.Select(r => r.Headers["Topic"]).Distinct().ToList();
        Assert.Equal(2, _receiver.Received.Count);
        Assert.Single(topics);
        Assert.NotEqual(WebPushProvider.Topic(delivery.Notice.Id + "x"), topics[0]);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(413)]
    public async Task SendAsync_PushServiceRefusesForGood_FailsPermanently(int status)
    {
        _receiver.Status = status;

        var result = await _provider.SendAsync(Delivery(NoticeKind.Called, _browser.Subscribe(_receiver.Endpoint("gone")), DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.True(result.Permanent);
        Assert.Equal(status, result.Status);
        if (status is 404 or 410)
        {
            Assert.StartsWith("SubscriptionGone", result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task SendAsync_PushServiceBusyOrBroken_FailsToBeTriedAgain(int status)
    {
        _receiver.Status = status;

        var result = await _provider.SendAsync(Delivery(NoticeKind.Called, _browser.Subscribe(_receiver.Endpoint("busy")), DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.False(result.Permanent);
        Assert.Equal(status, result.Status);
        Assert.Single(_receiver.Received);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_FailsToBeTriedAgainWithoutThrowing()
    {
        var closed = new PushReceiver();
        var endpoint = closed.Endpoint("nobody");
        closed.Dispose();

        var result = await _provider.SendAsync(Delivery(NoticeKind.Called, _browser.Subscribe(endpoint), DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.False(result.Permanent);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task SendAsync_KeysThatAreNoPoint_FailsPermanentlyWithoutSending()
    {
        var real = _browser.Subscribe(_receiver.Endpoint("bad"));
        var broken = real with { P256dh = "B" + new string('A', 86) };

        var result = await _provider.SendAsync(Delivery(NoticeKind.Called, broken, DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.True(result.Permanent);
        Assert.Empty(_receiver.Received);
    }

    [Fact]
    public async Task SendAsync_CancelledByTheCaller_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _provider.SendAsync(Delivery(NoticeKind.Called, _browser.Subscribe(_receiver.Endpoint("x")), DateTimeOffset.UtcNow), cancel.Token));
    }

    private static NoticeDelivery Delivery(NoticeKind kind, PushEndpoint push, DateTimeOffset created)
    {
        var subject = NoticeSubject.Ticket("ticket-1");
        var notice = new Notice
        {
            Id = NoticeIds.Of(kind, subject),
            Kind = kind,
            ContactId = subject.Key,
            TicketId = "ticket-1",
            ServiceId = "ktp-el",
            Day = DateOnly.FromDateTime(created.UtcDateTime),
            Content = new NoticeContent
            {
                TicketNumber = "A012",
                Token = "page-token-1",
                ServiceNameId = "Perekaman KTP-el",
                ServiceNameEn = "e-ID recording",
                AgencyName = "Disdukcapil",
                DeskNumber = 3,
                Minutes = 10,
                PeopleAhead = 2,
            },
            CreatedAt = created,
            Receipt = "receipt-1",
        };
        var contact = new NoticeContact { Id = subject.Key, TicketId = "ticket-1", Push = push, KeepUntil = notice.Day, CreatedAt = created };
        return NoticeTexts.Render(notice, contact, null);
    }
}
