using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MppQueue.Core;

/// <summary>
/// A stand-in for a messaging provider's API (WhatsApp's Cloud API, an SMS gateway) on a free loopback port
/// (System.Net.HttpListener): records every request as it arrived (method, raw path and query, headers, body) and
/// answers <see cref="ReplyStatus"/> with <see cref="ReplyJson"/>. The checks on the requests are the tests'.
/// </summary>
public sealed class MessagingReceiver() : LocalListener("/")
{
    private readonly ConcurrentQueue<MessagingRequest> _received = new();

    public int ReplyStatus { get; set; } = 200;

    public string? ReplyJson { get; set; }

    public IReadOnlyList<MessagingRequest> Received => [.. _received];

    protected override async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var raw = context.Request.RawUrl ?? string.Empty;
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        _received.Enqueue(new MessagingRequest(
            context.Request.HttpMethod,
            query < 0 ? raw : raw[..query],
            query < 0 ? string.Empty : raw[(query + 1)..],
            HeadersOf(context.Request),
            body));
        context.Response.StatusCode = ReplyStatus;
        if (ReplyJson is { } reply)
        {
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(reply));
        }
    }
}
