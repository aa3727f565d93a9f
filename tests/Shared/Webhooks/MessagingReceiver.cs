using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MppQueue.Core;

/// <summary>
/// A stand-in for a messaging provider's API (WhatsApp's Cloud API, an SMS gateway) on a free loopback port
/// (System.Net.HttpListener): records every request as it arrived (method, raw path and query, headers, body) and
/// answers <see cref="ReplyStatus"/> with <see cref="ReplyJson"/>. The checks on the requests are the tests'.
/// </summary>
public sealed class MessagingReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<MessagingRequest> _received = new();
    private readonly Task _loop;
    private bool _disposed;

    public MessagingReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The listener's root, "http://127.0.0.1:port/"; every path under it is answered.</summary>
    public Uri Url { get; }

    public int ReplyStatus { get; set; } = 200;

    public string? ReplyJson { get; set; }

    public IReadOnlyList<MessagingRequest> Received => [.. _received];

    /// <summary>Stops listening (also in the middle of a test, to stand for a provider that cannot be reached).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
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
            var headers = context.Request.Headers;
            var raw = context.Request.RawUrl ?? string.Empty;
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            _received.Enqueue(new MessagingRequest(
                context.Request.HttpMethod,
                query < 0 ? raw : raw[..query],
                query < 0 ? string.Empty : raw[(query + 1)..],
                headers.AllKeys.OfType<string>().ToDictionary(k => k, k => headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase),
                body));
            context.Response.StatusCode = ReplyStatus;
            if (ReplyJson is { } reply)
            {
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(reply));
            }

            context.Response.Close();
        }
    }
}
