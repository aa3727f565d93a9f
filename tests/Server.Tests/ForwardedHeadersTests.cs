using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Behind nginx with TLS: X-Forwarded-Proto and -For count from loopback and configured proxies only. The tests on the
/// default proxy settings share one started server; those with other settings start their own.
/// </summary>
public class ForwardedHeadersTests(ForwardedHeadersTests.RemoteAddressHost shared) : IClassFixture<ForwardedHeadersTests.RemoteAddressHost>
{
    /// <summary>A server on the default proxy settings whose requests come from the address they name.</summary>
    public sealed class RemoteAddressHost : IDisposable
    {
        private readonly MppQueueFactory _factory = new();

        public RemoteAddressHost() => App = WithRemoteAddresses(_factory);

        public WebApplicationFactory<Program> App { get; }

        public void Dispose()
        {
            App.Dispose();
            _factory.Dispose();
        }
    }

    [Fact]
    public async Task SignIn_ForwardedAsHttps_SecureCookieFromLoopbackProxyOnly()
    {
        var app = shared.App;

        var throughProxy = await SignInCookieAsync(app, remote: "127.0.0.1");
        var direct = await SignInCookieAsync(app, remote: "203.0.113.9");

        Assert.Contains("secure", throughProxy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", direct, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_ForwardedAsHttps_SecureCookieFromConfiguredProxy()
    {
        using var factory = new MppQueueFactory();
        using var app = WithRemoteAddresses(factory, b => b
            .UseSetting("MppQueue:Proxy:KnownProxies:0", "10.0.0.5")
            .UseSetting("MppQueue:Proxy:KnownNetworks:0", "192.168.50.0/24"));

        var fromProxy = await SignInCookieAsync(app, remote: "10.0.0.5");
        var fromNetwork = await SignInCookieAsync(app, remote: "192.168.50.20");
        var fromElsewhere = await SignInCookieAsync(app, remote: "10.0.0.6");

        Assert.Contains("secure", fromProxy, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", fromNetwork, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", fromElsewhere, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_ForwardedAsHttpsByKnownProxy_SendsHsts()
    {
        var app = shared.App;
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://mpp.example.go.id/") });

        using var known = await GetForwardedAsync(client, "/kiosk", remote: "127.0.0.1");
        using var unknown = await GetForwardedAsync(client, "/kiosk", remote: "203.0.113.9");

        Assert.True(known.Headers.Contains("Strict-Transport-Security"));
        Assert.False(unknown.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Start_KnownProxyNotAnAddress_StopsNamingTheSetting()
    {
        using var factory = new MppQueueFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("MppQueue:Proxy:KnownProxies:0", "nginx.local"));

        var failure = factory.StartFailure(app);

        Assert.Contains("MppQueue:Proxy:KnownProxies", failure.ToString(), StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> WithRemoteAddresses(MppQueueFactory factory, Action<IWebHostBuilder>? configure = null) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddress>());
            configure?.Invoke(builder);
        });

    private static async Task<HttpResponseMessage> GetForwardedAsync(HttpClient client, string path, string remote)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(RemoteAddress.Header, remote);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.23");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>Signs in as a demo officer through a client at <paramref name="remote"/> that says the visitor came over HTTPS; returns the sign-in cookie.</summary>
    private static async Task<string> SignInCookieAsync(WebApplicationFactory<Program> app, string remote)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(RemoteAddress.Header, remote);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");

        using var form = await client.GetAsync("/account/signin");
        var antiforgery = form.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var token = Accounts.Token(await form.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin");
        request.Headers.Add("Cookie", antiforgery);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "petugas.disdukcapil",
            ["Input.Password"] = Accounts.DemoPassword,
        });
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mppqueue.auth=", StringComparison.Ordinal));
    }
}
