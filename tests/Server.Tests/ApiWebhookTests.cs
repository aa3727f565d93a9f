using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Webhooks through the integration API on the real server, delivered to a real HTTP listener: every endpoint against
/// every kind of caller, the events of a served ticket in order with valid signatures, a receiver that is down for a
/// while, and one that stays down until the subscription stops and is replayed.
/// </summary>
public sealed class ApiWebhookTests : IClassFixture<ApiWebhookTests.Host>, IDisposable
{
    /// <summary>Every webhook operation as "METHOD route" (the OpenAPI test checks these with the other endpoints).</summary>
    public static readonly string[] Operations =
    [
        "GET /api/v1/webhooks",
        "POST /api/v1/webhooks",
        "GET /api/v1/webhooks/{webhookId}",
        "DELETE /api/v1/webhooks/{webhookId}",
        "GET /api/v1/webhooks/{webhookId}/deliveries",
        "POST /api/v1/webhooks/{webhookId}/replay",
    ];

    private readonly WebhookReceiver _receiver = new();
    private readonly MppQueueFactory _factory;
    private readonly HttpClient _http;
    private readonly string _polres;
    private readonly string _disdukcapil;
    private readonly string _readOnly;
    private readonly string _mpp;

    public ApiWebhookTests(Host host)
    {
        ArgumentNullException.ThrowIfNull(host);
        (_factory, _polres, _disdukcapil, _readOnly, _mpp) = (host.Factory, host.Polres, host.Disdukcapil, host.ReadOnly, host.Mpp);
        _http = _factory.CreateClient();
    }

    [Fact]
    public async Task Endpoints_EveryKindOfCaller_GetsItsOwnAnswer()
    {
        var (own, _) = await CreateAsync(_polres, "Polres");
        var failures = new List<string>();
        var calls = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, "/api/v1/webhooks", null),
            (HttpMethod.Post, "/api/v1/webhooks", new { name = "x", url = _receiver.Url.AbsoluteUri }),
            (HttpMethod.Get, "/api/v1/webhooks/" + own, null),
            (HttpMethod.Get, "/api/v1/webhooks/" + own + "/deliveries", null),
            (HttpMethod.Post, "/api/v1/webhooks/" + own + "/replay", new { fromSequence = 1 }),
            (HttpMethod.Delete, "/api/v1/webhooks/" + own, null),
        };
        foreach (var (method, path, body) in calls)
        {
            var ownsIt = path.Contains(own, StringComparison.Ordinal);
            var cases = new (string Who, string? Credential, HttpStatusCode Status)[]
            {
                ("nobody", null, HttpStatusCode.Unauthorized),
                ("a wrong secret", _polres.Split('.')[0] + "." + ApiSecret.New(), HttpStatusCode.Unauthorized),
                ("a client without the webhooks operation", _readOnly, HttpStatusCode.Forbidden),
                ("the MPP's read-only client", _mpp, HttpStatusCode.Forbidden),
                ("Disdukcapil's client on Polres's webhook", _disdukcapil, ownsIt ? HttpStatusCode.NotFound : method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK),
            };
            foreach (var (who, credential, status) in cases)
            {
                using var response = await SendAsync(method, path, credential, body);
                if (response.StatusCode != status)
                {
                    failures.Add($"{who}: {method} {path} gave {(int)response.StatusCode}, not {(int)status}");
                }
                else if ((int)status >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }

            using var owner = await SendAsync(method, path, _polres, body);
            var expected = method == HttpMethod.Delete ? HttpStatusCode.NoContent : method == HttpMethod.Post && !ownsIt ? HttpStatusCode.Created : HttpStatusCode.OK;
            if (owner.StatusCode != expected)
            {
                failures.Add($"the owner: {method} {path} gave {(int)owner.StatusCode}, not {(int)expected}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task ServedTicket_EveryEventArrivesInOrder_Signed_AndOnlyTheClientsAgencys()
    {
        var (_, secret) = await CreateAsync(_polres, "Sistem Polres");
        var engine = _factory.Engine;
        engine.Issue(new IssueRequest("ktp-el"));
        var desk = _factory.DeskFor("skck");
        var called = engine.CallSpecific(desk.Id, engine.Issue(new IssueRequest("skck")).Id, "Uji webhook");
        engine.StartServing(desk.Id, called.Id);
        engine.Finish(desk.Id, called.Id);

        await EventuallyAsync(() => Assert.Equal(4, _receiver.Received.Count));
        var received = _receiver.Received;
        Assert.Equal(["ticket.issued", "ticket.called", "ticket.serving", "ticket.done"], received.Select(r => r.Type));
        Assert.All(received, r => Assert.True(WebhookReceiver.Genuine(r, secret)));
        Assert.All(received, r => Assert.Equal(called.Id, r.TicketId));
        Assert.Equal(received.Select(r => r.Sequence).Order(), received.Select(r => r.Sequence));
        using var done = JsonDocument.Parse(received[^1].Body);
        Assert.Equal("polres", done.RootElement.GetProperty("agencyId").GetString());
        Assert.Equal("done", done.RootElement.GetProperty("data").GetProperty("ticket").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReceiverDown_ForAWhile_ThenBack_GetsEverythingInOrderOnce_AndTheDeliveriesShowTheFailures()
    {
        var (id, _) = await CreateAsync(_polres, "Sistem Polres");
        _receiver.Down = true;
        var issued = Enumerable.Range(0, 5).Select(_ => _factory.Engine.Issue(new IssueRequest("skck"))).ToList();
        await EventuallyAsync(() => Assert.True(_receiver.Refused >= 2));
        _receiver.Down = false;

        await EventuallyAsync(() => Assert.Equal(5, _receiver.Received.Count));
        var received = _receiver.Received;
        Assert.Equal(issued.Select(t => t.Id), received.Select(r => r.TicketId));
        Assert.Equal(5, received.Select(r => r.Id).Distinct().Count());

        // The receiver counts a request before its answer reaches the server, which then records the attempt.
        await EventuallyAsync(async () =>
        {
            using var deliveries = await JsonAsync(HttpMethod.Get, "/api/v1/webhooks/" + id + "/deliveries", _polres);
            var attempts = deliveries.RootElement.GetProperty("attempts").EnumerateArray().ToList();
            Assert.Contains(attempts, a => a.GetProperty("statusCode").GetInt32() == 503);
            Assert.Equal(5, attempts.Count(a => a.GetProperty("statusCode").GetInt32() == 204));
            Assert.Empty(deliveries.RootElement.GetProperty("waiting").EnumerateArray());
        });
    }

    [Fact]
    public async Task ReceiverDownTooLong_StopsTheWebhookWithItsEventsWaiting_UntilTheClientReplays()
    {
        var (id, _) = await CreateAsync(_polres, "Sistem Polres");
        _receiver.Down = true;
        var first = _factory.Engine.Issue(new IssueRequest("skck"));
        _factory.Engine.Issue(new IssueRequest("skck"));

        await EventuallyAsync(async () =>
        {
            using var stopped = await JsonAsync(HttpMethod.Get, "/api/v1/webhooks/" + id, _polres);
            Assert.Equal("Stopped", stopped.RootElement.GetProperty("state").GetString());
        });
        using (var waiting = await JsonAsync(HttpMethod.Get, "/api/v1/webhooks/" + id + "/deliveries", _polres))
        {
            Assert.Equal(2, waiting.RootElement.GetProperty("waiting").GetArrayLength());
        }

        using (var webhook = await JsonAsync(HttpMethod.Get, "/api/v1/webhooks/" + id, _polres))
        {
            Assert.Equal("HTTP 503 Service Unavailable", webhook.RootElement.GetProperty("lastError").GetString());
        }

        Assert.Equal(4, _receiver.Refused);
        _receiver.Down = false;
        using var replayed = await JsonAsync(HttpMethod.Post, "/api/v1/webhooks/" + id + "/replay", _polres, new { fromSequence = first.LastSequence });

        Assert.Equal("Active", replayed.RootElement.GetProperty("state").GetString());
        await EventuallyAsync(() => Assert.Equal(2, _receiver.Received.Count));
        Assert.Equal(first.Id, _receiver.Received[0].TicketId);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"url\":\"ftp://a.go.id/h\"}", "UrlInvalid")]
    [InlineData("{\"name\":\"\",\"url\":\"https://a.go.id/h\"}", "NameMissing")]
    [InlineData("{\"name\":\"x\",\"url\":\"https://a.go.id/h\",\"types\":[\"ticket.teleported\"]}", "UnknownEventType")]
    public async Task Create_BadRequest_IsA400WithTheReason(string json, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _polres);

        using var response = await _http.SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("   at ", problem.RootElement.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _receiver.Dispose();
    }

    private static async Task EventuallyAsync(Func<Task> check)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                await check();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(25);
            }
        }
    }

    private static Task EventuallyAsync(Action check) => EventuallyAsync(() =>
    {
        check();
        return Task.CompletedTask;
    });

    private async Task<(string Id, string Secret)> CreateAsync(string credential, string name)
    {
        using var created = await JsonAsync(HttpMethod.Post, "/api/v1/webhooks", credential, new { name, url = _receiver.Url.AbsoluteUri, types = new[] { "ticket.issued", "ticket.called", "ticket.serving", "ticket.done" } });
        return (created.RootElement.GetProperty("webhook").GetProperty("id").GetString()!, created.RootElement.GetProperty("secret").GetString()!);
    }

    private async Task<JsonDocument> JsonAsync(HttpMethod method, string path, string credential, object? body = null)
    {
        using var response = await SendAsync(method, path, credential, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await _http.SendAsync(request);
    }

    /// <summary>One server for the class (each test has its own receiver and subscription), with quick retries and an early stop.</summary>
    public sealed class Host : IDisposable
    {
        public Host()
        {
            var registry = Factory.Services.GetRequiredService<ApiClientRegistry>();
            var catalog = Factory.Engine.Catalog;
            string Create(string? agency, params ApiOperation[] operations) =>
                registry.Create(new ApiClientRequest("Uji " + (agency ?? "MPP"), agency, operations), catalog).Credential;
            Polres = Create("polres", ApiOperation.Read, ApiOperation.Webhooks);
            Disdukcapil = Create("disdukcapil", ApiOperation.Webhooks);
            ReadOnly = Create("polres", ApiOperation.Read);
            Mpp = Create(null, ApiOperation.Read);
        }

        public MppQueueFactory Factory { get; } = new(settings: new Dictionary<string, string>
        {
            ["MppQueue:Webhooks:AllowHttp"] = "true",
            ["MppQueue:Webhooks:AllowLoopback"] = "true",
            ["MppQueue:Webhooks:FirstRetrySeconds"] = "0.05",
            ["MppQueue:Webhooks:MaxRetrySeconds"] = "0.2",
            ["MppQueue:Webhooks:MaxFailures"] = "4",
        });

        public string Polres { get; }

        public string Disdukcapil { get; }

        public string ReadOnly { get; }

        public string Mpp { get; }

        public void Dispose() => Factory.Dispose();
    }
}
