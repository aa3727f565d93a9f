using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>Every answer says nosniff, keeps its address from other sites and may not be framed, except the display screens.</summary>
public class SecurityHeadersTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/kiosk")]
    [InlineData("/account/signin")]
    [InlineData("/counter")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    [InlineData("/_content/MppQueue.Ui/mppqueue.css")]
    public async Task Get_AnyPage_DeniesFramingAndSniffing(string path)
    {
        var factory = host.Factory;
        using var client = Accounts.Client(factory);

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Get_TicketPage_DeniesFraming()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();
        var ticket = factory.Engine.Issue(new Core.IssueRequest("ktp-el"));

        using var response = await client.GetAsync("/t/" + ticket.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/display/zona-1")]
    [InlineData("/display")]
    public async Task Get_DisplayScreen_MayBeFramedBySameOrigin(string path)
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Equal("frame-ancestors 'self'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Get_DisplayScreenWithConfiguredOrigins_MayBeFramedByThem()
    {
        using var factory = new MppQueueFactory();
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("MppQueue:Security:DisplayFrameAncestors:0", "https://signage.example.go.id")
            .UseSetting("MppQueue:Security:DisplayFrameAncestors:1", "http://10.0.0.7:8080"));
        using var client = app.CreateClient();

        using var zone = await client.GetAsync("/display/zona-1");
        using var kiosk = await client.GetAsync("/kiosk");

        Assert.Equal("frame-ancestors 'self' https://signage.example.go.id http://10.0.0.7:8080", Header(zone, "Content-Security-Policy"));
        Assert.False(zone.Headers.Contains("X-Frame-Options"));
        Assert.Equal("frame-ancestors 'none'", Header(kiosk, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(kiosk, "X-Frame-Options"));
    }

    [Fact]
    public void Start_FrameAncestorNotAnOrigin_StopsNamingTheSetting()
    {
        using var factory = new MppQueueFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("MppQueue:Security:DisplayFrameAncestors:0", "https://signage.example.go.id/wall; script-src *"));

        var failure = factory.StartFailure(app);

        Assert.Contains("MppQueue:Security:DisplayFrameAncestors", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OverHttpsOnly_SendsHsts()
    {
        var factory = host.Factory;
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mpp.example.go.id/") });
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://mpp.example.go.id/") });

        using var secure = await https.GetAsync("/kiosk");
        using var plain = await http.GetAsync("/kiosk");

        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=15552000", Header(secure, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : null;
}
