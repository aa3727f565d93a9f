using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace MppQueue.Server.Tests.Notices;

/// <summary>
/// A push service for the tests (System.Net.HttpListener on a free loopback port): records each request's headers and
/// raw (encrypted) body, and answers <see cref="Status"/> (201 Created, as a push service that took the message).
/// </summary>
public sealed class PushReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<PushRequest> _received = new();
    private readonly Task _loop;

    public PushReceiver()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/push/");
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>A subscription's endpoint at this receiver.</summary>
    public string Endpoint(string name) => new Uri(Url, name).AbsoluteUri;

    public int Status { get; set; } = 201;

    public IReadOnlyList<PushRequest> Received => [.. _received];

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
            // Closed under it.
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

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers;
            _received.Enqueue(new PushRequest(
                context.Request.HttpMethod,
                context.Request.Url?.AbsolutePath ?? string.Empty,
                headers.AllKeys.OfType<string>().ToDictionary(k => k, k => headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase),
                body.ToArray()));
            context.Response.StatusCode = Status;
            context.Response.Close();
        }
    }
}
