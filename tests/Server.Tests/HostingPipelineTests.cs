using System.Net;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>The language switch's redirect and the Host header: odd input gets a safe answer, never a 500; the tests only read and share one started server.</summary>
public class HostingPipelineTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("/%09/x")]
    [InlineData("/%0d%0aSet-Cookie:%20a=b")]
    [InlineData("/kiosk%C3%A9")]
    [InlineData("/%7f")]
    public async Task SwitchCulture_ControlOrNonAsciiInRedirect_RedirectsHomeAndKeepsSafePaths(string redirectUri)
    {
        var factory = shared.Factory;
        using var client = Accounts.Client(factory);

        using var unsafeRedirect = await client.GetAsync("/culture/set?culture=en&redirectUri=" + redirectUri);
        using var safeRedirect = await client.GetAsync("/culture/set?culture=en&redirectUri=" + Uri.EscapeDataString("/display/zona-1?device=a%20b"));

        Assert.Equal(HttpStatusCode.Found, unsafeRedirect.StatusCode);
        Assert.Equal("/", unsafeRedirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Found, safeRedirect.StatusCode);
        Assert.Equal("/display/zona-1?device=a%20b", safeRedirect.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/", "evil.example:99999")]
    [InlineData("/kiosk", "evil.example:99999")]
    [InlineData("/display/zona-1", "evil.example:0")]
    [InlineData("/account/signin", "evil.example:port")]
    public async Task Get_InvalidHostHeader_Answers400(string path, string host)
    {
        var factory = shared.Factory;
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        Assert.True(request.Headers.TryAddWithoutValidation("Host", host));

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Host", body, StringComparison.Ordinal);
        SafeErrorTests.AssertNoInternals(body);
    }
}
