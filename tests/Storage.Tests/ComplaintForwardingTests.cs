using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>
/// Forwarding complaints against a real local HTTP listener standing in for an agency's SP4N-LAPOR! endpoint (LAPOR
/// cannot be reached from here): the exact request, a down endpoint then a retry that delivers exactly once, the
/// other side's reference kept, a stop after the last try and an admin's resend, and connection tests kept.
/// </summary>
public abstract class ComplaintForwardingTests : IDisposable
{
    protected StoreHost Host { get; }

    private const string Token = "lapor-akses-7f3a";
    private const string Phone = "081234567890";
    private const string Nik = "3201234567890123";
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private readonly ITestStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, Wib));
    private readonly WebhookReceiver _lapor = new();
    private readonly HttpClient _http = new();
    private readonly QueueEngine _engine;
    private readonly ComplaintForwarder _forwarder;
    private readonly Officer _admin;

    protected ComplaintForwardingTests(StoreHost host)
    {
        Host = host;
        _store = host.Open();
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build(), DemoMpp.Officers());
        _engine = new QueueEngine(_store, _time, new QueueNotifier());
        _admin = _store.LoadOfficers().Single(o => o.Role == OfficerRole.Admin);
        var options = new ComplaintOptions { AllowHttp = true, AllowLoopback = true, MaxAttempts = 3, FirstRetrySeconds = 60, MaxRetrySeconds = 600 };
        _forwarder = new ComplaintForwarder(_engine, _store, _store, _http, options, _time, NullLogger<ComplaintForwarder>.Instance);
        _forwarder.SaveChannel(_admin, "disdukcapil", Endpoint, Token);
    }

    private string Endpoint => _lapor.Url.AbsoluteUri + "lapor/v1/complaints";

    [Fact]
    public async Task Forward_PostsTheComplaintWithTheBearerToken_AndNothingOfTheVisitor()
    {
        var ticket = BookedVisitorsTicket();
        var complaint = _forwarder.Submit(ticket.Token, "Sudah 2 jam menunggu,\r\nloket 2 tutup tanpa pemberitahuan.");

        Assert.Equal(1, await _forwarder.ForwardDueAsync());

        var request = Assert.Single(_lapor.Received);
        Assert.Equal(("POST", "/hooks/lapor/v1/complaints"), (request.Method, request.Path));
        Assert.Equal("Bearer " + Token, request.Headers["Authorization"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(complaint.Id, request.Headers["Idempotency-Key"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(
            [
                ("title", "Pengaduan layanan KTP-el (Kartu Tanda Penduduk Elektronik) di " + DemoMpp.SiteName),
                ("content", "Sudah 2 jam menunggu,\nloket 2 tutup tanpa pemberitahuan."),
                ("agency", "Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya"),
                ("service", "KTP-el (Kartu Tanda Penduduk Elektronik)"),
                ("ticketNumber", ticket.Number.ToString()),
                ("serviceDate", "2026-11-24"),
                ("channel", "MppQueue"),
            ],
            body.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
        var everything = request.Body + string.Join('\n', request.Headers.Select(h => h.Key + ": " + h.Value));
        foreach (var personal in new[] { Phone, "6281234567890", Nik, Nik[^4..] + "\"", ticket.Token, ticket.Id })
        {
            Assert.DoesNotContain(personal, everything, StringComparison.Ordinal);
        }

        Assert.Equal(ComplaintState.Forwarded, _store.FindComplaint(complaint.Id)!.State);
    }

    [Fact]
    public async Task EndpointDown_IsTriedAgainAfterTheWait_DeliversExactlyOnce_AndKeepsTheReference()
    {
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        var complaint = _forwarder.Submit(ticket.Token, "Antrean tidak bergerak.");
        _lapor.Down = true;

        Assert.Equal(0, await _forwarder.ForwardDueAsync());
        var failed = _store.FindComplaint(complaint.Id)!;
        Assert.Equal((ComplaintState.Waiting, 1), (failed.State, failed.Attempts));
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);

        _lapor.Down = false;
        _lapor.ReplyJson = "{\"id\":\"LAPOR-2026-0042\",\"status\":\"diterima\"}";
        Assert.Equal(0, await _forwarder.ForwardDueAsync());
        Assert.Empty(_lapor.Received);

        _time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await _forwarder.ForwardDueAsync());
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await _forwarder.ForwardDueAsync());

        Assert.Single(_lapor.Received);
        Assert.Equal(1, _lapor.Refused);
        var forwarded = _store.FindComplaint(complaint.Id)!;
        Assert.Equal((ComplaintState.Forwarded, "LAPOR-2026-0042", (string?)null), (forwarded.State, forwarded.Reference, forwarded.LastError));
        Assert.Equal(_time.GetUtcNow(), forwarded.ForwardedAt + TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task LastTryFails_ItStops_ThenAnAdminsResendDeliversIt_AndConnectionTestsAreKept()
    {
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        var complaint = _forwarder.Submit(ticket.Token, "Antrean tidak bergerak.");
        _lapor.Down = true;
        for (var i = 0; i < 3; i++)
        {
            await _forwarder.ForwardDueAsync();
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal((ComplaintState.Stopped, 3), (_store.FindComplaint(complaint.Id)!.State, _store.FindComplaint(complaint.Id)!.Attempts));
        var failedTest = await _forwarder.TestAsync(_admin, "disdukcapil");
        _lapor.Down = false;
        Assert.Equal(0, await _forwarder.ForwardDueAsync());

        var resent = await _forwarder.ResendAsync(_admin, complaint.Id);
        var passedTest = await _forwarder.TestAsync(_admin, "disdukcapil");

        Assert.Equal(ComplaintState.Forwarded, resent.State);
        Assert.Equal(2, _lapor.Received.Count);
        Assert.Equal(("POST", "GET"), (_lapor.Received[0].Method, _lapor.Received[1].Method));
        Assert.Equal(("Bearer " + Token, string.Empty), (_lapor.Received[1].Headers["Authorization"], _lapor.Received[1].Body));
        Assert.Equal((503, false), (failedTest.StatusCode, failedTest.Passed));
        Assert.Equal((204, true), (passedTest.StatusCode, passedTest.Passed));
        Assert.Equal([passedTest.At, failedTest.At], _forwarder.Channel(_admin, "disdukcapil")!.Tests.Select(t => t.At));
    }

    public void Dispose()
    {
        _forwarder.Dispose();
        _http.Dispose();
        _lapor.Dispose();
        _store.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    // A visitor who booked yesterday with their phone and NIK, checked in on Tuesday: the ticket that carries the most of them.
    private Ticket BookedVisitorsTicket()
    {
        var holder = BookingHolder.From(Phone, Nik, new BookingSecret(new string('r', 40)));
        var booking = _engine.Book(new BookingRequest("ktp-el", _engine.Today.AddDays(1), new TimeOnly(9, 0), holder));
        _time.Advance(TimeSpan.FromDays(1));
        return _engine.CheckIn(booking.Code);
    }
}

public sealed class ComplaintForwardingOnLiteDbTests() : ComplaintForwardingTests(new LiteStoreHost());

public sealed class ComplaintForwardingOnPostgresTests() : ComplaintForwardingTests(new PostgresStoreHost("ComplaintForwarding"));
