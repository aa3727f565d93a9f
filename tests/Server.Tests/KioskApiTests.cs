using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Kiosk.Api;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Issuing;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The kiosks' HTTP issuing endpoint: registered kiosks, one ticket per confirmation, a rate per kiosk. The tests share
/// one started server (one at a time): each registers its own kiosks, uses its own idempotency keys, and counts only
/// the tickets issued since it began. The one that needs other settings starts its own.
/// </summary>
public class KioskApiTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private readonly MppQueueFactory _factory = shared.Factory;

    // The ledger's idempotency keys are the whole server's: each test's start with its own prefix.
    private readonly string _keys = Guid.NewGuid().ToString("N")[..8] + "-";

    // The tickets the server held when the test began.
    private readonly HashSet<string> _before = [.. shared.Factory.Engine.TicketsToday().Select(t => t.Id)];

    [Fact]
    public async Task Issue_TwoKiosksTapping200TimesEachAtOnce_Get400DistinctConsecutiveNumbers()
    {
        using var factory = new MppQueueFactory();
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("MppQueue:Kiosk:IssueBurst", "1000"));
        using var client = host.CreateClient();
        var engine = host.Services.GetRequiredService<QueueEngine>();
        RaiseQuota(host.Services, engine, "ktp-el", 1000);
        var kiosks = new[] { RegisterKiosk(host.Services, engine, "Kiosk pintu utara"), RegisterKiosk(host.Services, engine, "Kiosk pintu selatan") };

        var taps = kiosks.SelectMany(kiosk => Enumerable.Range(0, 200).Select(i => (kiosk, key: kiosk.Id + "-" + i))).ToList();
        var responses = await Task.WhenAll(taps.Select(async tap =>
        {
            using var request = Post(tap.kiosk.Token, new IssueTicketMessage("ktp-el", IdempotencyKey: tap.key));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<KioskTicketMessage>())!;
        }));

        var sequences = responses.Select(r => int.Parse(r.Number[1..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 400), sequences);
        Assert.Equal(400, responses.Select(r => r.Number).Distinct().Count());
        Assert.All(kiosks, k => Assert.Equal(200, responses.Count(r => r.KioskId == k.Id)));
        Assert.Equal(400, engine.TicketsToday().Count(t => kiosks.Any(k => k.Id == t.KioskId)));
    }

    [Fact]
    public async Task Issue_OneKioskFloods_AnswersTooManyRequestsWithRetryAfterAndOtherKiosksStillIssue()
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var flooding = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");
        var other = RegisterKiosk(factory.Services, factory.Engine, "Kiosk B");

        var statuses = new List<HttpStatusCode>();
        string? retryAfter = null;
        for (var i = 0; i < 25; i++)
        {
            using var request = Post(flooding.Token, new IssueTicketMessage("pajak-kendaraan", IdempotencyKey: _keys + "flood-" + i));
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.ToString();
        }

        using var fromOther = Post(other.Token, new IssueTicketMessage("pajak-kendaraan"));
        using var otherResponse = await client.SendAsync(fromOther);

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.True(int.Parse(retryAfter!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.Created, otherResponse.StatusCode);
        Assert.Equal(11, Issued().Count);
    }

    [Fact]
    public async Task Issue_SameIdempotencyKeyTwice_GivesTheSameTicket()
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var kiosk = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");

        using var first = Post(kiosk.Token, new IssueTicketMessage("paspor", "Elderly", _keys + "tap-1"));
        using var second = Post(kiosk.Token, new IssueTicketMessage("paspor", "Elderly", _keys + "tap-1"));
        var one = await (await client.SendAsync(first)).Content.ReadFromJsonAsync<KioskTicketMessage>();
        var two = await (await client.SendAsync(second)).Content.ReadFromJsonAsync<KioskTicketMessage>();

        var issued = Assert.Single(Issued());
        Assert.Equal("paspor", issued.ServiceId);
        Assert.Equal(issued.Number.ToString(), one!.Number);
        Assert.Equal(one, two);
        Assert.Equal("Elderly", one.Priority);
        Assert.StartsWith("http://localhost/t/", one.PageUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_ServiceClosed_AnswersConflictWithTheSentenceForPeople()
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        for (var i = 0; i < 60; i++)
        {
            factory.Engine.Issue(new IssueRequest("akta-kematian"));
        }

        var kiosk = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");

        using var request = Post(kiosk.Token, new IssueTicketMessage("akta-kematian"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("habis", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KioskEndpoints.TicketsPath)]
    [InlineData(KioskEndpoints.CheckInsPath)]
    public async Task Post_NoDeviceToken_AnswersUnauthorizedWithTheReasonAndIssuesNothing(string path)
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var engine = factory.Engine;
        var booking = engine.BookToday("skck", new TimeRange(new TimeOnly(9, 0), new TimeOnly(12, 0)));
        object body = path == KioskEndpoints.TicketsPath ? new IssueTicketMessage("ktp-el") : new CheckInMessage(booking.Code);

        using var response = await client.PostAsJsonAsync(path, body);
        using var english = await client.PostAsJsonAsync(path + "?culture=en", body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Hanya kiosk terdaftar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, english.StatusCode);
        Assert.Contains("Only registered kiosks", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Issued());
    }

    [Theory]
    [InlineData("paspor", "Elderly,Disabled", "Prioritas", "Send exactly one value")]
    [InlineData("paspor", "Disabled, Elderly", "Prioritas", "Send exactly one value")]
    [InlineData("paspor", "None,WithChild", "Prioritas", "Send exactly one value")]
    [InlineData("paspor", "3", "Prioritas", "Send exactly one value")]
    [InlineData("", null, "Layanan belum dipilih", "No service chosen")]
    [InlineData("   ", "Elderly", "Layanan belum dipilih", "No service chosen")]
    public async Task Issue_NoServiceOrNotOnePriorityGroup_IsRefusedInIndonesianOrEnglishAndIssuesNothing(string serviceId, string? priority, string indonesian, string english)
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var kiosk = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");

        using var request = Post(kiosk.Token, new IssueTicketMessage(serviceId, priority, _keys + "tap-1"));
        using var response = await client.SendAsync(request);
        using var inEnglish = Post(kiosk.Token, new IssueTicketMessage(serviceId, priority, _keys + "tap-2"), "?culture=en");
        using var englishResponse = await client.SendAsync(inEnglish);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(indonesian, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, englishResponse.StatusCode);
        Assert.Contains(english, await englishResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Issued());
    }

    [Theory]
    [InlineData("pregnant")]
    [InlineData(" WithChild ")]
    [InlineData("")]
    public async Task Issue_OneDefinedPriorityGroup_IssuesWithThatGroup(string priority)
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var kiosk = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");

        using var request = Post(kiosk.Token, new IssueTicketMessage("paspor", priority));
        using var response = await client.SendAsync(request);
        var ticket = await response.Content.ReadFromJsonAsync<KioskTicketMessage>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(priority.Length == 0 ? "None" : priority.Trim(), ticket!.Priority, ignoreCase: true);
    }

    [Theory]
    [InlineData("ktp-el", "Elderly")]
    [InlineData("paspor", "None")]
    public async Task Issue_SameIdempotencyKeyForAnotherRequest_IsRefusedWithConflict(string serviceId, string priority)
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var kiosk = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");

        using var first = Post(kiosk.Token, new IssueTicketMessage("paspor", "Elderly", _keys + "tap-1"));
        using var firstResponse = await client.SendAsync(first);
        using var reused = Post(kiosk.Token, new IssueTicketMessage(serviceId, priority, _keys + "tap-1"));
        using var reusedResponse = await client.SendAsync(reused);
        using var again = Post(kiosk.Token, new IssueTicketMessage("paspor", "Elderly", _keys + "tap-1"));
        using var againResponse = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.Created, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reusedResponse.StatusCode);
        var refusal = await reusedResponse.Content.ReadAsStringAsync();
        Assert.Contains("Kunci idempotensi", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("/t/", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, againResponse.StatusCode);
        Assert.Equal(await firstResponse.Content.ReadFromJsonAsync<KioskTicketMessage>(), await againResponse.Content.ReadFromJsonAsync<KioskTicketMessage>());
        Assert.Single(Issued());
    }

    [Fact]
    public async Task Issue_AnotherKiosksIdempotencyKey_IsRefusedAndDoesNotHandOutItsTicket()
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var mine = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");
        var other = RegisterKiosk(factory.Services, factory.Engine, "Kiosk B");

        using var first = Post(mine.Token, new IssueTicketMessage("paspor", IdempotencyKey: _keys + "tap-1"));
        using var firstResponse = await client.SendAsync(first);
        using var probe = Post(other.Token, new IssueTicketMessage("paspor", IdempotencyKey: _keys + "tap-1"));
        using var probeResponse = await client.SendAsync(probe);

        Assert.Equal(HttpStatusCode.Created, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, probeResponse.StatusCode);
        Assert.DoesNotContain("/t/", await probeResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(Issued());
    }

    [Fact]
    public async Task Issue_FloodWithoutToken_LeavesTheWebKioskItsBudget()
    {
        var factory = _factory;
        using var client = factory.CreateClient();

        for (var i = 0; i < 25; i++)
        {
            using var response = await client.PostAsJsonAsync(KioskEndpoints.TicketsPath, new IssueTicketMessage("pajak-kendaraan", IdempotencyKey: _keys + "flood-" + i));
        }

        var issued = await IssueOnTouchScreenAsync(factory.Services, KioskDevice.Anonymous);

        Assert.Equal(KioskDevice.AnonymousId, issued.Ticket.KioskId);
        Assert.Single(Issued());
    }

    [Fact]
    public async Task Issue_RegisteredKioskFloodsTheApi_ItsTouchScreenStillIssues()
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var kiosk = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            using var request = Post(kiosk.Token, new IssueTicketMessage("pajak-kendaraan", IdempotencyKey: _keys + "flood-" + i));
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        var screen = factory.Services.GetRequiredService<IKioskDirectory>().FindByToken(kiosk.Token)!;
        var issued = await IssueOnTouchScreenAsync(factory.Services, screen);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(kiosk.Id, issued.Ticket.KioskId);
        Assert.Equal(statuses.Count(s => s == HttpStatusCode.Created) + 1, Issued().Count);
    }

    [Fact]
    public async Task CheckIn_BookingInsideItsWindow_GivesATicket()
    {
        var factory = _factory;
        using var client = factory.CreateClient();
        var engine = factory.Engine;
        var booking = engine.BookToday("skck", new TimeRange(new TimeOnly(9, 0), new TimeOnly(12, 0)));

        var kiosk = RegisterKiosk(factory.Services, engine, "Kiosk A");

        using var request = new HttpRequestMessage(HttpMethod.Post, KioskEndpoints.CheckInsPath) { Content = JsonContent.Create(new CheckInMessage(booking.Code)) };
        request.Headers.Add(KioskEndpoints.DeviceTokenHeader, kiosk.Token);
        using var response = await client.SendAsync(request);
        var ticket = await response.Content.ReadFromJsonAsync<KioskTicketMessage>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = Assert.Single(Issued());
        Assert.Equal("skck", issued.ServiceId);
        Assert.Equal(issued.Number.ToString(), ticket!.Number);
        Assert.Equal(kiosk.Id, ticket.KioskId);
    }

    /// <summary>The tickets issued since the test began.</summary>
    private List<Ticket> Issued() => [.. _factory.Engine.TicketsToday().Where(t => !_before.Contains(t.Id))];

    /// <summary>What the kiosk page does when a visitor taps: the issuer with the page's kiosk.</summary>
    private static Task<KioskIssue> IssueOnTouchScreenAsync(IServiceProvider services, KioskDevice kiosk) =>
        services.GetRequiredService<KioskIssuer>().IssueAsync(kiosk, "pajak-kendaraan", PriorityGroup.None, Guid.NewGuid().ToString("N"), t => new Uri("http://localhost/t/" + t.Token));

    private static HttpRequestMessage Post(string deviceToken, IssueTicketMessage message, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, KioskEndpoints.TicketsPath + query) { Content = JsonContent.Create(message) };
        request.Headers.Add(KioskEndpoints.DeviceTokenHeader, deviceToken);
        return request;
    }

    private static ScreenDevice RegisterKiosk(IServiceProvider services, QueueEngine engine, string name) =>
        services.GetRequiredService<ScreenRegistry>().Register(new ScreenRegistration(name, "zona-1", ScreenKind.Kiosk), engine.Catalog);

    private static void RaiseQuota(IServiceProvider services, QueueEngine engine, string serviceId, int quota)
    {
        var service = engine.Catalog.Services[serviceId];
        services.GetRequiredService<IQueueStore>().SaveService(service with { Quota = new DailyQuota(quota) });
        engine.ReloadCatalog();
    }
}
