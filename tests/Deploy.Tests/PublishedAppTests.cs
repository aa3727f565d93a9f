using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// The published server, started as Production the way docs/deploy.md installs it: every screen and every file
/// the screens load works, with the security headers, and a malformed API request gets a short 400.
/// </summary>
[Collection(PublishedCollection.Name)]
public partial class PublishedAppTests(PublishedServer server)
{
    public static TheoryData<string, string> Screens => new()
    {
        { "/", "Sistem Antrian" },
        { "/kiosk", "Ambil Nomor Antrian" },
        { "/display", "Pilih zona untuk layar ini" },
        { "/display/zona-1", "Belum ada panggilan" },
        { "/account/signin", "Masuk Petugas" },
        { "/t/{token}", "data-testid=\"people-ahead\"" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Get_Screen_AnswersPageWithSecurityHeaders(string path, string expected)
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(Relative(path));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, path + " answered " + response.StatusCode + "\n" + server.Output);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        AssertSecurityHeaders(response, framable: path.StartsWith("/display", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Get_EveryFileTheScreenLoads_ServedWholeCompressedWithItsType(string path, string expected)
    {
        Assert.NotNull(expected);
        using var client = server.CreateClient(decompress: false);
        var page = await client.GetStringAsync(Relative(path));
        var assets = Assets(page);
        Assert.NotEmpty(assets);

        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Relative("/" + asset));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, asset + " answered " + response.StatusCode);
            Assert.True(bytes.Length > 100, asset + " came with " + bytes.Length + " bytes");
            Assert.Equal(asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
            var encoding = Assert.Single(response.Content.Headers.ContentEncoding);
            Assert.True(encoding is "br" or "gzip", asset + " came as " + encoding);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        }
    }

    [Fact]
    public async Task Get_TicketPage_TransfersUnder250Kilobytes()
    {
        using var client = server.CreateClient(decompress: false);
        var path = Relative("/t/{token}");
        long total = 0;

        using var page = await GetCompressedAsync(client, path.OriginalString);
        var html = await page.Content.ReadAsByteArrayAsync();
        total += html.Length;
        using var plain = server.CreateClient();
        foreach (var asset in Assets(await plain.GetStringAsync(path)))
        {
            using var response = await GetCompressedAsync(client, "/" + asset);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.True(total < 250 * 1024, "The ticket page and its files came to " + total + " bytes.");
    }

    [Fact]
    public async Task Admin_NotSignedIn_RedirectsToSignInWithSecurityHeaders()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/signin?returnUrl=%2Fadmin", response.Headers.Location?.PathAndQuery);
        AssertSecurityHeaders(response, framable: false);
    }

    [Fact]
    public async Task Healthz_Running_AnswersHealthyWithSecurityHeaders()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        AssertSecurityHeaders(response, framable: false);
    }

    [Fact]
    public async Task PostTicket_MalformedJson_Answers400ProblemWithoutInternals()
    {
        using var client = server.CreateClient();
        using var content = new StringContent("{\"serviceId\":", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/kiosk/tickets", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("IssueTicketMessage", body, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTicket_FortyMegabyteBody_Answers413()
    {
        using var client = server.CreateClient();
        using var content = new ByteArrayContent(new byte[40 * 1024 * 1024]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/kiosk/tickets", UriKind.Relative)) { Content = content };

        // As a well-behaved client of a large upload does: ask first, so the refusal comes before the 40 MB.
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_InvalidHostHeader_Answers400()
    {
        // Written by hand: HttpClient does not send a Host it cannot parse the way a raw client (or attacker) does.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /kiosk HTTP/1.1\r\nHost: evil.example:99999\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var statusLine = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 400 ", statusLine, StringComparison.Ordinal);
    }

    private Uri Relative(string path) => new(path.Replace("{token}", server.TicketToken, StringComparison.Ordinal), UriKind.Relative);

    private static async Task<HttpResponseMessage> GetCompressedAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>The stylesheets and scripts a page links to, as paths under the site's root.</summary>
    private static List<string> Assets(string html) =>
        [.. AssetReference().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value).TrimStart('/')).Distinct()];

    private static void AssertSecurityHeaders(HttpResponseMessage response, bool framable)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(framable ? "SAMEORIGIN" : "DENY", Header(response, "X-Frame-Options"));
        Assert.Equal(framable ? "frame-ancestors 'self'" : "frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : null;

    [GeneratedRegex("<(?:link|script)\\b[^>]*?\\b(?:href|src)=\"(?<url>[^\"]+\\.(?:css|js)(?:\\?[^\"]*)?)\"", RegexOptions.IgnoreCase)]
    private static partial Regex AssetReference();
}
