using System.Net;
using System.Net.Sockets;

namespace MppQueue.Core;

/// <summary>
/// An HTTP server for tests on a free loopback port (System.Net.HttpListener), standing for another system (a push
/// service, WhatsApp's API, an SMS gateway): it answers each request with <see cref="HandleAsync"/> until disposed.
/// </summary>
public abstract class LocalListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private bool _disposed;

    /// <param name="path">The path under which every request is answered ("/" or "/push/").</param>
    protected LocalListener(string path)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}{path}");
        }

        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The listener's root; every path under it is answered.</summary>
    public Uri Url { get; }

    /// <summary>Stops listening (also in the middle of a test, to stand for a system that cannot be reached).</summary>
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

        GC.SuppressFinalize(this);
    }

    /// <summary>Records the request and writes the answer; the response is closed afterwards.</summary>
    protected abstract Task HandleAsync(HttpListenerContext context);

    /// <summary>A request's headers by name, case-insensitively.</summary>
    protected static Dictionary<string, string> HeadersOf(HttpListenerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        return headers.AllKeys.OfType<string>().ToDictionary(k => k, k => headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
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

            await HandleAsync(context);
            context.Response.Close();
        }
    }
}
