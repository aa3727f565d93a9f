using System.Collections.Concurrent;
using System.Net;

using MppQueue.Core;

namespace MppQueue.Server.Tests.Notices;

/// <summary>
/// A push service for the tests (System.Net.HttpListener on a free loopback port): records each request's headers and
/// raw (encrypted) body, and answers <see cref="Status"/> (201 Created, as a push service that took the message).
/// </summary>
public sealed class PushReceiver() : LocalListener("/push/")
{
    private readonly ConcurrentQueue<PushRequest> _received = new();

    /// <summary>A subscription's endpoint at this receiver.</summary>
    public string Endpoint(string name) => new Uri(Url, name).AbsoluteUri;

    public int Status { get; set; } = 201;

    public IReadOnlyList<PushRequest> Received => [.. _received];

    protected override async Task HandleAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        _received.Enqueue(new PushRequest(context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? string.Empty, HeadersOf(context.Request), body.ToArray()));
        context.Response.StatusCode = Status;
    }
}
