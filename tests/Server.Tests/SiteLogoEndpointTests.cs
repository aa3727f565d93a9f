using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// <c>GET /site/logo</c>: anonymous, the stored bytes with the stored type, never sniffed, cached by version. The tests
/// that upload a logo first and then ask for it share one started server; those that ask a server that never had one
/// share another.
/// </summary>
public sealed class SiteLogoEndpointTests(SharedHost host, SiteLogoEndpointTests.NeverALogoHost withoutLogo)
    : IClassFixture<SharedHost>, IClassFixture<SiteLogoEndpointTests.NeverALogoHost>
{
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    private static readonly byte[] _webp = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8, 9, 9];

    private readonly MppQueueFactory _factory = host.Factory;

    /// <summary>A server on which no test uploads a logo.</summary>
    public sealed class NeverALogoHost : SharedHost;

    [Fact]
    public async Task Get_NoLogo_Is404()
    {
        using var client = Accounts.Client(withoutLogo.Factory);

        using var response = await client.GetAsync(new Uri("/site/logo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithLogo_Anonymous_GivesTheBytesWithTheStoredType()
    {
        var logo = Upload(_webp);
        using var client = Accounts.Client(_factory);

        using var response = await client.GetAsync(new Uri("/site/logo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(_webp, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("\"" + logo.Version + "\"", response.Headers.ETag?.Tag);
        Assert.True(response.Headers.CacheControl?.NoCache, "without a version the browser must ask again");
    }

    [Fact]
    public async Task Get_WithLogo_SaysNoSniff()
    {
        Upload(_png);
        using var client = Accounts.Client(_factory);

        using var response = await client.GetAsync(new Uri("/site/logo", UriKind.Relative));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Get_CurrentVersionAddress_MayBeCachedForGood()
    {
        var logo = Upload(_png);
        using var client = Accounts.Client(_factory);

        using var response = await client.GetAsync(new Uri("/site/logo?v=" + logo.Version, UriKind.Relative));

        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task Get_IfNoneMatchTheCurrentVersion_Is304WithoutBody()
    {
        var logo = Upload(_png);
        using var client = Accounts.Client(_factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/site/logo", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"" + logo.Version + "\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IfNoneMatchAnOldVersion_GivesTheNewLogo()
    {
        var old = Upload(_webp);
        Upload(_png);
        using var client = Accounts.Client(_factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/site/logo", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"" + old.Version + "\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_AfterRemove_Is404Again()
    {
        Upload(_png);
        _factory.Services.GetRequiredService<SiteLogoService>().Remove(Admin());
        using var client = Accounts.Client(_factory);

        using var response = await client.GetAsync(new Uri("/site/logo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetHomePage_WithLogo_ShowsItInTheAppBarWithTheSiteNameAsAlt()
    {
        var logo = Upload(_png);
        using var client = Accounts.Client(_factory);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("src=\"/site/logo?v=" + logo.Version + "\" alt=\"" + DemoMpp.SiteName + "\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHomePage_NoLogo_ShowsNoLogoImage()
    {
        using var client = Accounts.Client(withoutLogo.Factory);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.DoesNotContain("/site/logo", html, StringComparison.Ordinal);
    }

    private SiteLogo Upload(byte[] content) => _factory.Services.GetRequiredService<SiteLogoService>().Upload(Admin(), content);

    private Officer Admin() => _factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.UserName == "admin");
}
