using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Kiosk;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>The kiosks' HTTP issuing endpoint: registered kiosks, one ticket per confirmation, a rate per kiosk.</summary>
public class KioskApiTests
{
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
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();
        var flooding = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");
        var other = RegisterKiosk(factory.Services, factory.Engine, "Kiosk B");

        var statuses = new List<HttpStatusCode>();
        string? retryAfter = null;
        for (var i = 0; i < 25; i++)
        {
            using var request = Post(flooding.Token, new IssueTicketMessage("pajak-kendaraan", IdempotencyKey: "flood-" + i));
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
        Assert.Equal(11, factory.Engine.TicketsToday().Count);
    }

    [Fact]
    public async Task Issue_SameIdempotencyKeyTwice_GivesTheSameTicket()
    {
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();
        var kiosk = RegisterKiosk(factory.Services, factory.Engine, "Kiosk A");

        using var first = Post(kiosk.Token, new IssueTicketMessage("paspor", "Elderly", "tap-1"));
        using var second = Post(kiosk.Token, new IssueTicketMessage("paspor", "Elderly", "tap-1"));
        var one = await (await client.SendAsync(first)).Content.ReadFromJsonAsync<KioskTicketMessage>();
        var two = await (await client.SendAsync(second)).Content.ReadFromJsonAsync<KioskTicketMessage>();

        Assert.Equal("P001", one!.Number);
        Assert.Equal(one, two);
        Assert.Equal("Elderly", one.Priority);
        Assert.StartsWith("http://localhost/t/", one.PageUrl, StringComparison.Ordinal);
        Assert.Single(factory.Engine.TicketsToday());
    }

    [Fact]
    public async Task Issue_ServiceClosed_AnswersConflictWithTheSentenceForPeople()
    {
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();
        for (var i = 0; i < 60; i++)
        {
            factory.Engine.Issue(new IssueRequest("akta-kematian"));
        }

        using var response = await client.PostAsJsonAsync(KioskEndpoints.TicketsPath, new IssueTicketMessage("akta-kematian"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("habis", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_RegisteredKioskRequiredAndNoToken_AnswersUnauthorized()
    {
        using var factory = new MppQueueFactory();
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("MppQueue:Kiosk:RequireRegisteredKiosk", "true"));
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync(KioskEndpoints.TicketsPath, new IssueTicketMessage("ktp-el"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Services.GetRequiredService<QueueEngine>().TicketsToday());
    }

    [Fact]
    public async Task CheckIn_BookingInsideItsWindow_GivesATicket()
    {
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();
        var engine = factory.Engine;
        var booking = engine.Book("skck", engine.Today, new TimeRange(new TimeOnly(8, 0), new TimeOnly(12, 0)));

        using var response = await client.PostAsJsonAsync(KioskEndpoints.CheckInsPath, new CheckInMessage(booking.Code));
        var ticket = await response.Content.ReadFromJsonAsync<KioskTicketMessage>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("SK001", ticket!.Number);
    }

    private static HttpRequestMessage Post(string deviceToken, IssueTicketMessage message)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, KioskEndpoints.TicketsPath) { Content = JsonContent.Create(message) };
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
