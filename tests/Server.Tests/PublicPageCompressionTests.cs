using System.IO.Compression;
using System.Net;
using System.Text;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The public pages come compressed to a browser that asks (brotli, else gzip); a page with a per-user secret (the
/// sign-in form's antiforgery token) does not (BREACH), and neither does the /live event stream, whose events must
/// leave as they are written.
/// </summary>
public class PublicPageCompressionTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip", "gzip")]
    public async Task Catalogue_BrowserAcceptsCompression_IsCompressedAndDecompressesToThePage(string accepted, string expected)
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/layanan");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accepted);

        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var html = Decompress(compressed, expected);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-testid=\"catalogue-service\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.True(compressed.Length * 3 < Encoding.UTF8.GetByteCount(html), $"{compressed.Length} bytes for a {html.Length}-character page.");
    }

    [Theory]
    [InlineData("/live")]
    [InlineData("/live/wall")]
    [InlineData("/layanan/paspor")]
    public async Task PublicPage_BrowserAcceptsBrotli_IsCompressed(string path)
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request);
        var html = Decompress(await response.Content.ReadAsByteArrayAsync(), "br");

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("</html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_BrowserAcceptsBrotli_IsNotCompressedForItHoldsAnAntiforgeryToken()
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveEvents_BrowserAcceptsBrotli_AreSentUncompressedAsTheyAreWritten()
    {
        using var client = host.Factory.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live/events");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var retry = await reader.ReadLineAsync(timeout.Token);
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("retry: 3000", retry);
        Assert.StartsWith("data: {\"", line, StringComparison.Ordinal);
    }

    private static string Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
