using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>
/// Webhook delivery against a receiver in the test (an HTTP handler that records every request and answers as told):
/// order, signatures, filters, retries, the stop after too many failures, replay, and a restart part-way.
/// </summary>
public sealed class WebhookServiceTests : IDisposable
{
    private readonly EngineHarness _h = new(localStart: new DateTime(2026, 11, 23, 9, 0, 0));
    private readonly Receiver _receiver = new();
    private readonly WebhookOptions _options = new() { FirstRetrySeconds = 0.02, MaxRetrySeconds = 0.05, MaxFailures = 4, AllowHttp = true, AllowLoopback = true, CursorSaveSeconds = 0 };
    private CancellationTokenSource _stop = new();
    private WebhookService _service;
    private Task _running;

    public WebhookServiceTests()
    {
        (_service, _running) = Start();
        _h.Notifier.Subscribe(_ => _service.JournalGrew());
    }

    [Fact]
    public async Task Moves_AreDeliveredInOrder_SignedWithTheSubscriptionsSecret_OnlyThoseItWants()
    {
        var all = Subscribe("semua", agency: null);
        var calls = Subscribe("panggilan", types: ["ticket.called", "ticket.done"]);
        var other = Subscribe("instansi lain", agency: "polres");

        var officer = _h.SignIn("loket-01");
        var ticket = _h.Issue();
        _h.Engine.CallNext("loket-01", officer.Id);
        _h.Engine.Finish("loket-01", ticket.Id, officer.Id);
        _h.Issue("sk");

        await Eventually(() => Assert.Equal(5, _receiver.Delivered(all.Id).Count));
        await Eventually(() => Assert.Equal(2, _receiver.Delivered(calls.Id).Count));
        await Eventually(() => Assert.Single(_receiver.Delivered(other.Id)));
        Assert.Equal(["desk.opened", "ticket.issued", "ticket.called", "ticket.done", "ticket.issued"], _receiver.Delivered(all.Id).Select(r => r.Type));
        Assert.Equal(["ticket.called", "ticket.done"], _receiver.Delivered(calls.Id).Select(r => r.Type));
        var sequences = _receiver.Delivered(all.Id).Select(r => r.Sequence).ToList();
        Assert.Equal(sequences.Order(), sequences);
        foreach (var request in _receiver.Delivered(all.Id))
        {
            Assert.True(WebhookSigner.Verify(all.Secret, request.Id, request.Timestamp, request.Body, request.Signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
            Assert.False(WebhookSigner.Verify(calls.Secret, request.Id, request.Timestamp, request.Body, request.Signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
            using var body = JsonDocument.Parse(request.Body);
            Assert.Equal(request.Id, body.RootElement.GetProperty("id").GetString());
            Assert.Equal(request.Sequence, body.RootElement.GetProperty("sequence").GetInt64());
        }

        await Eventually(() => Assert.Equal(_h.Store.LastJournalId(), _h.Store.Webhooks[all.Id].Cursor));
    }

    [Fact]
    public async Task PositionSavesFailForAWhile_DeliveryGoesOn_AndThePositionIsSavedOnceTheStoreAnswers()
    {
        var hook = Subscribe("sistem instansi");
        _h.Store.FailWebhookSaves = 3;

        for (var i = 0; i < 3; i++)
        {
            _h.Issue();
        }

        await Eventually(() => Assert.Equal(3, _receiver.Delivered(hook.Id).Count));
        await Eventually(() => Assert.Equal(_h.Store.LastJournalId(), _h.Store.Webhooks[hook.Id].Cursor));
        Assert.Equal(0, _h.Store.FailWebhookSaves);
        Assert.False(_running.IsCompleted, "The delivery stopped at a failed save.");
        Assert.Equal(3, _service.Attempts(hook.Id).Count(a => a.Delivered));
    }

    [Fact]
    public async Task ReceiverDownForAWhile_EverythingArrivesInOrder_WithNoEventTwice()
    {
        var hook = Subscribe("sistem instansi");
        _receiver.FailNext(hook.Id, 3);

        for (var i = 0; i < 6; i++)
        {
            _h.Issue();
        }

        await Eventually(() => Assert.Equal(6, _receiver.Delivered(hook.Id).Count));
        var delivered = _receiver.Delivered(hook.Id);
        Assert.Equal(6, delivered.Select(r => r.Id).Distinct().Count());
        Assert.Equal([.. delivered.Select(r => r.Sequence).Order()], delivered.Select(r => r.Sequence));
        Assert.Equal(3, _receiver.Refused(hook.Id));
        var attempts = _service.Attempts(hook.Id);
        Assert.Equal(9, attempts.Count);
        Assert.Equal("HTTP 503 Service Unavailable", attempts[^1].Error);
        Assert.Equal((WebhookState.Active, 0, null), (_service.Find(hook.Id)!.State, _service.Find(hook.Id)!.Failures, _service.Find(hook.Id)!.LastError));

        // Written to the store: a new service on it, as after a restart, shows the same attempts.
        await StopAsync();
        Assert.Equal(9, _h.Store.WebhookAttempts[hook.Id].Count);
        (_service, _running) = Start();
        Assert.Equal(attempts, _service.Attempts(hook.Id));
    }

    [Fact]
    public async Task TooManyFailures_StopsItWithItsEventsWaiting_UntilReplayedFromASequence()
    {
        var hook = Subscribe("sistem instansi");
        _h.Issue();
        await Eventually(() => Assert.Single(_receiver.Delivered(hook.Id)));
        _receiver.FailNext(hook.Id, 100);
        var second = _h.Issue();
        _h.Issue();

        await Eventually(() => Assert.Equal(WebhookState.Stopped, _service.Find(hook.Id)!.State));
        Assert.Equal(4, _receiver.Refused(hook.Id));
        Assert.Equal(["ticket.issued", "ticket.issued"], _service.Waiting(hook.Id, 10).Select(e => e.Type.Name()));
        Assert.Equal("HTTP 503 Service Unavailable", _h.Store.Webhooks[hook.Id].LastError);
        Assert.Equal(WebhookState.Stopped, _h.Store.Webhooks[hook.Id].State);

        _receiver.FailNext(hook.Id, 0);
        _service.Replay(hook.Id, second.LastSequence);

        await Eventually(() => Assert.Equal(3, _receiver.Delivered(hook.Id).Count));
        Assert.Equal(second.Id, JsonDocument.Parse(_receiver.Delivered(hook.Id)[1].Body).RootElement.GetProperty("data").GetProperty("ticket").GetProperty("id").GetString());
        Assert.Empty(_service.Waiting(hook.Id, 10));
    }

    [Fact]
    public async Task Restart_PartWay_DeliversWhatWasLeft_FromTheStoredCursor()
    {
        var hook = Subscribe("sistem instansi");
        _h.Issue();
        await Eventually(() => Assert.Single(_receiver.Delivered(hook.Id)));
        await StopAsync();
        _h.Issue();
        _h.Issue();

        (_service, _running) = Start();
        _service.JournalGrew();

        await Eventually(() => Assert.Equal(3, _receiver.Delivered(hook.Id).Count));
        Assert.Equal(3, _receiver.Delivered(hook.Id).Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task RunAgain_SameServiceAfterItsRunStopped_DeliversWhatCameMeanwhile()
    {
        // What a node does when it loses the leader lease and later holds it again: the same service runs a second time.
        var hook = Subscribe("sistem instansi");
        _h.Issue();
        await Eventually(() => Assert.Single(_receiver.Delivered(hook.Id)));
        await _stop.CancelAsync();
        await _running;
        _h.Issue();
        _stop.Dispose();
        _stop = new CancellationTokenSource();

        _running = _service.RunAsync(_stop.Token);
        _service.JournalGrew();

        await Eventually(() => Assert.Equal(2, _receiver.Delivered(hook.Id).Count));
    }

    [Theory]
    [InlineData("http://sistem.instansi.go.id/hook", false, true, WebhookError.UrlNotHttps)]
    [InlineData("https://127.0.0.1:5000/admin", true, false, WebhookError.UrlOnThisMachine)]
    [InlineData("https://localhost/hook", true, false, WebhookError.UrlOnThisMachine)]
    [InlineData("ftp://sistem.instansi.go.id/hook", true, true, WebhookError.UrlInvalid)]
    [InlineData("https://user:pw@sistem.instansi.go.id/hook", true, true, WebhookError.UrlInvalid)]
    public void Create_UnsafeAddress_IsRefused(string url, bool allowHttp, bool allowLoopback, WebhookError expected)
    {
        using var service = new WebhookService(_h.Store, _h.Store, _receiver.Client, new WebhookOptions { AllowHttp = allowHttp, AllowLoopback = allowLoopback }, TimeProvider.System, NullLogger<WebhookService>.Instance);

        var refused = Assert.Throws<WebhookException>(() => service.Create(new WebhookRequest("x", url), "client", "disdukcapil", _h.Engine.Catalog));

        Assert.Equal(expected, refused.Code);
    }

    [Fact]
    public void Create_UnknownTypeOrTooMany_IsRefused_AndAnOwnersHookGetsItsAgencyOnly()
    {
        Assert.Equal(WebhookError.UnknownEventType, Assert.Throws<WebhookException>(() => _service.Create(new WebhookRequest("x", "https://a.go.id/h", ["ticket.teleported"]), "c", "disdukcapil", _h.Engine.Catalog)).Code);
        var own = _service.Create(new WebhookRequest("x", "https://a.go.id/h", AgencyId: "polres"), "c", "disdukcapil", _h.Engine.Catalog);
        for (var i = 1; i < WebhookService.MaxPerOwner; i++)
        {
            _service.Create(new WebhookRequest("x" + i, "https://a.go.id/h"), "c", "disdukcapil", _h.Engine.Catalog);
        }

        Assert.Equal("disdukcapil", own.AgencyId);
        Assert.StartsWith(WebhookSigner.SecretPrefix, own.Secret, StringComparison.Ordinal);
        Assert.Equal(WebhookError.TooMany, Assert.Throws<WebhookException>(() => _service.Create(new WebhookRequest("y", "https://a.go.id/h"), "c", "disdukcapil", _h.Engine.Catalog)).Code);
    }

    [Fact]
    public void Signature_MatchesTheStandardWebhooksExample_AndOldTimestampsAreRefused()
    {
        // The example of the Standard Webhooks specification (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md).
        const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        const string id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        const string body = "{\"test\": 2432232314}";

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigner.Sign(secret, id, 1614265330, body));
        var at = DateTimeOffset.FromUnixTimeSeconds(1614265330);
        Assert.True(WebhookSigner.Verify(secret, id, "1614265330", body, "v1,bogus v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSigner.Verify(secret, id, "1614265330", body, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", at.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSigner.Verify(secret, id, "1614265330", body + " ", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", at, TimeSpan.FromMinutes(5)));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _service.Dispose();
        _stop.Dispose();
        _receiver.Dispose();
    }

    private static async Task Eventually(Action check)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                check();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(20);
            }
        }
    }

    private (WebhookService Service, Task Running) Start()
    {
        var service = new WebhookService(_h.Store, _h.Store, _receiver.Client, _options, TimeProvider.System, NullLogger<WebhookService>.Instance);
        return (service, service.RunAsync(_stop.Token));
    }

    private async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _service.Dispose();
        _stop.Dispose();
        _stop = new CancellationTokenSource();
    }

    private WebhookSubscription Subscribe(string name, string[]? types = null, string? agency = "disdukcapil")
    {
        var url = new Uri("http://127.0.0.1:9/" + Uri.EscapeDataString(name));
        var subscription = _service.Create(new WebhookRequest(name, url.AbsoluteUri, types, agency), null, null, _h.Engine.Catalog);
        _receiver.Name(url.AbsolutePath, subscription.Id);
        return subscription;
    }

    /// <summary>Records requests by subscription (the path names it) and answers 503 to the next few when told to.</summary>
    private sealed class Receiver : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<string, List<Request>> _delivered = new();
        private readonly ConcurrentDictionary<string, int> _failNext = new();
        private readonly ConcurrentDictionary<string, int> _refused = new();
        private readonly ConcurrentDictionary<string, string> _idByPath = new();

        public Receiver() => Client = new HttpClient(this, disposeHandler: false);

        public HttpClient Client { get; }

        public void FailNext(string webhookId, int count) => _failNext[webhookId] = count;

        public void Name(string path, string webhookId) => _idByPath[path] = webhookId;

        public int Refused(string webhookId) => _refused.GetValueOrDefault(webhookId);

        public List<Request> Delivered(string webhookId)
        {
            var list = _delivered.GetOrAdd(webhookId, _ => []);
            lock (list)
            {
                return [.. list];
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Client.Dispose();
            }

            base.Dispose(disposing);
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var hook = HookOf(request);
            if (_failNext.GetValueOrDefault(hook) > 0)
            {
                _failNext.AddOrUpdate(hook, 0, (_, n) => n - 1);
                _refused.AddOrUpdate(hook, 1, (_, n) => n + 1);
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }

            var list = _delivered.GetOrAdd(hook, _ => []);
            lock (list)
            {
                list.Add(new Request(
                    Header(request, "webhook-id"),
                    Header(request, "webhook-timestamp"),
                    Header(request, "webhook-signature"),
                    Header(request, "MppQueue-Event"),
                    long.Parse(Header(request, "MppQueue-Sequence"), System.Globalization.CultureInfo.InvariantCulture),
                    body));
            }

            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        private static string Header(HttpRequestMessage request, string name) => request.Headers.GetValues(name).Single();

        // The subscription's id is not in the request: each subscription has its own path, mapped to its id by the test.
        private string HookOf(HttpRequestMessage request) => _idByPath.GetValueOrDefault(request.RequestUri!.AbsolutePath, request.RequestUri.AbsolutePath);
    }

    private sealed record Request(string Id, string Timestamp, string Signature, string Type, long Sequence, string Body);
}
