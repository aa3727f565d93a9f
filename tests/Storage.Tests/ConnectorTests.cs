using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>
/// The "push timestamps per booking code" connector against a local HTTP listener standing in for a national online
/// queue (none can be reached from here): the exact requests, with the real time of each step and the consumer
/// signature, nothing for walk-ins, a refusal in the answer's body, and connection tests kept with the connector.
/// </summary>
public abstract class ConnectorTests : IDisposable
{
    protected StoreHost Host { get; }

    private const string ConsumerId = "12345";
    private const string ConsumerSecret = "rahasia-konsumen";
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private readonly ITestStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 55, 0, Wib));
    private readonly WebhookReceiver _receiver = new();
    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly QueueEngine _engine;
    private readonly WebhookService _connectors;
    private readonly Task _running;

    protected ConnectorTests(StoreHost host)
    {
        Host = host;
        _store = host.Open();
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build());
        var notifier = new QueueNotifier();
        _engine = new QueueEngine(_store, _time, notifier);
        _connectors = new WebhookService(_store, _store, _http, new WebhookOptions { AllowHttp = true, AllowLoopback = true, FirstRetrySeconds = 0.02, MaxRetrySeconds = 0.05, MaxFailures = 3 }, TimeProvider.System, NullLogger<WebhookService>.Instance);
        notifier.Subscribe(_ => _connectors.JournalGrew());
        _running = _connectors.RunAsync(_stop.Token);
    }

    [Fact]
    public async Task BookedVisit_EachMappedStepIsPushedWithItsRealTime_SignedForTheConsumer_AndWalkInsAreNot()
    {
        var connector = Create();
        var booking = _engine.LoadAgencyBookings("imigrasi", [new AgencyBooking("PAS20261123777", "paspor", _engine.Today, new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)))])[0];
        var ticket = _engine.CheckIn(booking.Code);
        _engine.Issue(new IssueRequest("paspor"));
        _time.Advance(TimeSpan.FromMinutes(7));
        _engine.CallSpecific("loket-07", ticket.Id, "Pesanan");
        _time.Advance(TimeSpan.FromMinutes(1));
        _engine.StartServing("loket-07", ticket.Id);
        _time.Advance(TimeSpan.FromMinutes(12));
        var done = _engine.Finish("loket-07", ticket.Id);

        await EventuallyAsync(() => _receiver.Received.Count >= 4);
        await Task.Delay(200);

        var received = _receiver.Received;
        var moves = done.History;
        Assert.Equal(
            [(1, moves[0].At), (2, moves[1].At), (3, moves[2].At), (4, moves[3].At)],
            received.Select(r => Push(r)));
        foreach (var request in received)
        {
            using var body = JsonDocument.Parse(request.Body);
            Assert.Equal(["kodebooking", "taskid", "waktu"], body.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("PAS20261123777", body.RootElement.GetProperty("kodebooking").GetString());
            Assert.Equal(("POST", ConsumerId, "kunci-pengguna"), (request.Method, request.Headers["x-cons-id"], request.Headers["user_key"]));
            Assert.Equal(Signature(request.Headers["x-timestamp"]), request.Headers["x-signature"]);
            Assert.InRange(long.Parse(request.Headers["x-timestamp"], System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        Assert.Equal(WebhookState.Active, _connectors.Find(connector.Id)!.State);
    }

    [Fact]
    public async Task RefusalInTheAnswersBody_CountsAsAFailure_AndConnectionTestsAreKept()
    {
        var connector = Create();
        _receiver.ReplyJson = "{\"metadata\":{\"code\":201,\"message\":\"Kode booking tidak ditemukan\"}}";
        var booking = _engine.LoadAgencyBookings("imigrasi", [new AgencyBooking("PAS20261123778", "paspor", _engine.Today, new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)))])[0];
        _engine.CheckIn(booking.Code);

        await EventuallyAsync(() => _connectors.Find(connector.Id)!.State == WebhookState.Stopped);
        Assert.Equal("Refused: 201 Kode booking tidak ditemukan", _connectors.Find(connector.Id)!.LastError);

        _receiver.ReplyJson = "{\"metadata\":{\"code\":200,\"message\":\"Ok\"}}";
        var test = await _connectors.TestAsync(connector.Id);
        var stored = _store.LoadWebhooks().Single(w => w.Id == connector.Id);

        Assert.True(test.Passed);
        Assert.Equal(200, test.StatusCode);
        var get = _receiver.Received[^1];
        Assert.Equal(("GET", Signature(get.Headers["x-timestamp"])), (get.Method, get.Headers["x-signature"]));
        Assert.Equal(test, Assert.Single(stored.Tests));
        Assert.Equal(connector.Connector!.TasksText, stored.Connector!.TasksText);
        Assert.Equal(WebhookFormat.BookingTimestamps, stored.Format);
    }

    [Fact]
    public async Task LongRefusal_EachStoredAttemptKeepsItsFirst500Characters()
    {
        var connector = Create();
        _receiver.ReplyJson = "{\"metadata\":{\"code\":201,\"message\":\"" + new string('x', 5000) + "\"}}";
        var booking = _engine.LoadAgencyBookings("imigrasi", [new AgencyBooking("PAS20261123779", "paspor", _engine.Today, new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)))])[0];
        _engine.CheckIn(booking.Code);

        // Stopped as stored, not only in memory: the failure that stops it writes its attempts, then the subscription.
        await EventuallyAsync(() => _store.LoadWebhooks().Single(w => w.Id == connector.Id).State == WebhookState.Stopped);

        // Written at each failure (three, then the stop), read back as every node reads them.
        var stored = _store.LoadWebhookAttempts(connector.Id);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, a => Assert.Equal(("Refused: 201 " + new string('x', 5000))[..WebhookService.ErrorKept] + "…", a.Error));
        Assert.Equal(stored, _connectors.Attempts(connector.Id));
    }

    [Theory]
    [InlineData("ticket.called=2, ticket.teleported=3")]
    [InlineData("ticket.called=dua")]
    [InlineData("")]
    public void Create_BadTasks_IsRefused(string tasks)
    {
        var refused = Assert.Throws<WebhookException>(() => _connectors.CreateConnector(new ConnectorRequest("BPJS", _receiver.Url.AbsoluteUri, ConsumerId, ConsumerSecret, null, tasks, null), _engine.Catalog));

        Assert.Equal(WebhookError.TasksInvalid, refused.Code);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _running.Wait(TimeSpan.FromSeconds(5));
        _connectors.Dispose();
        _http.Dispose();
        _receiver.Dispose();
        _store.Dispose();
        _stop.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    private static (int Task, DateTimeOffset At) Push(Received request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return (body.RootElement.GetProperty("taskid").GetInt32(), DateTimeOffset.FromUnixTimeMilliseconds(body.RootElement.GetProperty("waktu").GetInt64()).ToOffset(Wib));
    }

    private static string Signature(string timestamp) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ConsumerSecret), Encoding.UTF8.GetBytes(ConsumerId + "&" + timestamp)));

    private static async Task EventuallyAsync(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!done() && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        Assert.True(done(), "Timed out.");
    }

    private WebhookSubscription Create() => _connectors.CreateConnector(
        new ConnectorRequest("Antrean online nasional", _receiver.Url.AbsoluteUri, ConsumerId, ConsumerSecret, "kunci-pengguna", null, "imigrasi"),
        _engine.Catalog);
}

public sealed class ConnectorOnLiteDbTests() : ConnectorTests(new LiteStoreHost());

public sealed class ConnectorOnPostgresTests() : ConnectorTests(new PostgresStoreHost("Connector"));
