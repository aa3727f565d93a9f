using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Server.Tests.Support;
using MppQueue.Storage;

namespace MppQueue.Server.Tests;

/// <summary>The pages and endpoints answer as documented; the tests that only read share one started server.</summary>
public class EndpointTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("/", "Sistem Antrian")]
    [InlineData("/kiosk", "Ambil Nomor Antrian")]
    [InlineData("/counter", "Masuk Petugas")]
    [InlineData("/display", "Pilih zona untuk layar ini")]
    [InlineData("/display/zona-1", "Belum ada panggilan")]
    [InlineData("/healthz", "Healthy")]
    public async Task Get_FreshStart_AnswersOkInIndonesian(string path, string expected)
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Landing_LinksEveryScreen()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync("/");

        Assert.Contains("href=\"/kiosk\"", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/counter\"", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/display\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_StoreCannotBeRead_Answers503()
    {
        using var factory = MppQueueFactory.OnLiteDb();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        factory.Services.GetRequiredService<LiteFile>().Dispose();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task TicketPage_UnknownToken_Is404WithTheFriendlyPage()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/t/this-token-leads-to-no-ticket-at-all");
        var body = await response.Content.ReadAsStringAsync();

        // A dead link says so to a link checker, and the visitor still reads the page's own words, not the generic page.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Tiket tidak ditemukan", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman tidak ditemukan", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TicketPage_IssuedTicket_ShowsNumberAndPeopleAhead()
    {
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();
        var first = factory.Engine.Issue(new Core.IssueRequest("ktp-el"));
        var second = factory.Engine.Issue(new Core.IssueRequest("ktp-el"));

        var body = await client.GetStringAsync("/t/" + second.Token);

        Assert.Contains(second.Number.ToString(), body, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"people-ahead\"", body, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"people-ahead\"[^>]*>1<", body);
        Assert.NotEqual(first.Number, second.Number);
    }

    [Theory]
    [InlineData("/t/")]
    [InlineData("/kiosk/ticket/")]
    public async Task TicketPages_AreThereForAnIssuedTicket_And404ForATokenThatLeadsNowhere(string page)
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();
        var ticket = factory.Engine.Issue(new Core.IssueRequest("ktp-el"));

        using var known = await client.GetAsync(page + ticket.Token);
        using var unknown = await client.GetAsync(page + "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, page + "no-such-ticket"));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains(ticket.Number.ToString(), await known.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Tiket tidak ditemukan", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Language_CookieFromSwitch_ServesEnglish()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var switched = await client.GetAsync("/culture/set?culture=en&redirectUri=%2Fkiosk");
        var english = await client.GetStringAsync("/kiosk");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/kiosk", switched.Headers.Location?.OriginalString);
        Assert.Contains("Take a queue number", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_SwitchWithForeignRedirect_StaysOnSite()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var switched = await client.GetAsync("/culture/set?culture=en&redirectUri=%2F%2Fevil.example");

        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }
}
