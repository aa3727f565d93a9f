using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MppQueue.Core;

/// <summary>
/// A real HTTP endpoint for webhook tests (System.Net.HttpListener on a free loopback port): records every request it
/// accepts, checks nothing itself, and answers 503 while <see cref="Down"/> is set. The checks (order, signature,
/// duplicates) are the tests'.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly Task _loop;
    private int _refused;

    public WebhookReceiver()
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/hooks/");
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>While true, every request gets 503 and is not recorded.</summary>
    public bool Down { get; set; }

    /// <summary>When set, the JSON answered (with status 200) instead of an empty 204, e.g. a national service's refusal.</summary>
    public string? ReplyJson { get; set; }

    public int Refused => Volatile.Read(ref _refused);

    public IReadOnlyList<Received> Received => [.. _received];

    /// <summary>Whether each request's signature is right under <paramref name="secret"/> and its timestamp within 5 minutes.</summary>
    public static bool Genuine(Received request, string secret) =>
        WebhookSigner.Verify(secret, request.Id, request.Timestamp, request.Body, request.Signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under it.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (Down)
            {
                Interlocked.Increment(ref _refused);
                context.Response.StatusCode = 503;
            }
            else
            {
                var headers = context.Request.Headers;
                _received.Enqueue(new Received(
                    headers["webhook-id"] ?? string.Empty,
                    headers["webhook-timestamp"] ?? string.Empty,
                    headers["webhook-signature"] ?? string.Empty,
                    headers["MppQueue-Event"] ?? string.Empty,
                    long.Parse(headers["MppQueue-Sequence"] ?? "0", CultureInfo.InvariantCulture),
                    body)
                {
                    Method = context.Request.HttpMethod,
                    Path = context.Request.Url?.AbsolutePath ?? string.Empty,
                    Headers = headers.AllKeys.OfType<string>().ToDictionary(k => k, k => headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase),
                });
                if (ReplyJson is { } reply)
                {
                    context.Response.StatusCode = 200;
                    context.Response.ContentType = "application/json";
                    var bytes = Encoding.UTF8.GetBytes(reply);
                    await context.Response.OutputStream.WriteAsync(bytes);
                }
                else
                {
                    context.Response.StatusCode = 204;
                }
            }

            context.Response.Close();
        }
    }
}

/// <summary>One request a <see cref="WebhookReceiver"/> accepted.</summary>
public sealed record Received(string Id, string Timestamp, string Signature, string Type, long Sequence, string Body)
{
    public string Method { get; init; } = "POST";

    /// <summary>The path the request was sent to (under <see cref="WebhookReceiver.Url"/>).</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>Every header of the request (names without regard to case).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The ticket id in the event's data, when it has one.</summary>
    public string? TicketId
    {
        get
        {
            using var json = JsonDocument.Parse(Body);
            return json.RootElement.GetProperty("data").TryGetProperty("ticket", out var ticket) ? ticket.GetProperty("id").GetString() : null;
        }
    }
}
