using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// The published server behind nginx, configured from deploy/ with HTTPS on, as docs/deploy.md installs it: the
/// pages arrive over TLS with HSTS (so the server believed nginx's X-Forwarded-Proto), live connections upgrade to
/// WebSockets through it, a body over the limit stops at nginx with 413, and plain HTTP is served without HSTS.
/// </summary>
[Collection(PublishedCollection.Name)]
public sealed class NginxFrontTests(PublishedServer server) : IAsyncLifetime
{
    // The site's name in deploy/nginx-mppqueue.conf: HSTS is never sent to localhost or 127.0.0.1.
    private const string SiteName = "mpp.example.go.id";

    private NginxFront _nginx = null!;

    public async Task InitializeAsync() => _nginx = await NginxFront.StartAsync(server.BaseAddress);

    public async Task DisposeAsync() => await _nginx.DisposeAsync();

    [Theory]
    [InlineData("/kiosk", "Ambil Nomor Antrian")]
    [InlineData("/display/zona-1", "Belum ada panggilan")]
    [InlineData("/t/{token}", "data-testid=\"people-ahead\"")]
    [InlineData("/healthz", "Healthy")]
    public async Task Https_Page_ServedWithHstsAndSecurityHeaders(string path, string expected)
    {
        using var client = _nginx.CreateClient(_nginx.Https);

        using var response = await client.SendAsync(Get(path));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, path + " answered " + response.StatusCode + "\n" + _nginx.ErrorLog() + server.Output);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.Equal("max-age=15552000", Header(response, "Strict-Transport-Security"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Http_Page_ServedGzippedWithoutHsts()
    {
        using var client = _nginx.CreateClient(_nginx.Http, decompress: false);

        using var response = await client.SendAsync(Get("/kiosk"));
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Null(Header(response, "Strict-Transport-Security"));
        Assert.Contains("Ambil Nomor Antrian", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_PostTwoMegabytes_RefusedByNginxWith413()
    {
        using var client = _nginx.CreateClient(_nginx.Https);
        using var request = Get("/api/kiosk/tickets");
        request.Method = HttpMethod.Post;
        request.Content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Https_Hub_UpgradesToWebSocketAndJoinsZone()
    {
        using var client = _nginx.CreateClient(_nginx.Https);
        using var negotiate = Get("/hubs/queue/negotiate?negotiateVersion=1");
        negotiate.Method = HttpMethod.Post;
        using var negotiated = await client.SendAsync(negotiate);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        using var offer = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync());
        var connectionToken = offer.RootElement.GetProperty("connectionToken").GetString();

        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = _nginx.IsOwnCertificate;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var address = new UriBuilder(_nginx.Https) { Scheme = "wss", Path = "/hubs/queue", Query = "id=" + Uri.EscapeDataString(connectionToken!) }.Uri;
        await socket.ConnectAsync(address, timeout.Token);

        await SendAsync(socket, "{\"protocol\":\"json\",\"version\":1}", timeout.Token);
        Assert.Equal("{}", await ReceiveAsync(socket, _ => true, timeout.Token));
        await SendAsync(socket, "{\"type\":1,\"invocationId\":\"1\",\"target\":\"JoinZone\",\"arguments\":[\"zona-1\"]}", timeout.Token);
        var completion = await ReceiveAsync(socket, m => m.Contains("\"type\":3", StringComparison.Ordinal), timeout.Token);

        Assert.Contains("\"invocationId\":\"1\"", completion, StringComparison.Ordinal);
        Assert.Contains("\"zoneId\":\"zona-1\"", completion, StringComparison.Ordinal);
        Assert.DoesNotContain("\"error\"", completion, StringComparison.Ordinal);
    }

    private HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path.Replace("{token}", server.TicketToken, StringComparison.Ordinal), UriKind.Relative));
        request.Headers.Host = SiteName;
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        return request;
    }

    private static async Task SendAsync(ClientWebSocket socket, string message, CancellationToken cancel) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(message + '\u001e'), WebSocketMessageType.Text, endOfMessage: true, cancel);

    // The next SignalR message (records end with 0x1E) that matches, skipping pings and others.
    private static async Task<string> ReceiveAsync(ClientWebSocket socket, Func<string, bool> wanted, CancellationToken cancel)
    {
        var pending = new StringBuilder();
        var buffer = new byte[8192];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf('\u001e', StringComparison.Ordinal);
            if (end >= 0)
            {
                var message = text[..end];
                pending.Remove(0, end + 1);
                if (wanted(message))
                {
                    return message;
                }

                continue;
            }

            var received = await socket.ReceiveAsync(buffer, cancel);
            Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
            pending.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : null;
}
