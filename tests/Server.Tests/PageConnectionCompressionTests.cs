using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using MppQueue.HostTesting;

namespace MppQueue.Server.Tests;

/// <summary>
/// The pages' connections (Blazor's <c>/_blazor</c>) are not compressed, even for a browser that offers it: deflating
/// every render batch of every open page cost the live server CPU, and a screen that another origin may frame must not
/// be a compression oracle (ADR 13).
/// </summary>
public class PageConnectionCompressionTests
{
    [Fact]
    public async Task PagesConnection_OfferedDeflate_AnswersWithoutIt()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        using var http = new HttpClient { BaseAddress = address };

        // As the page's script does: negotiate, then open the WebSocket with the connection's token, offering deflate.
        using var negotiate = await http.PostAsync(new Uri("_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null);
        negotiate.EnsureSuccessStatusCode();
        var token = (await negotiate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();
        using var socket = new ClientWebSocket();
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        socket.Options.CollectHttpResponseDetails = true;
        var pages = new UriBuilder(address) { Scheme = "ws", Path = "_blazor", Query = "id=" + Uri.EscapeDataString(token!) }.Uri;

        await socket.ConnectAsync(pages, CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.NotNull(socket.HttpResponseHeaders);
        Assert.False(socket.HttpResponseHeaders.ContainsKey("Sec-WebSocket-Extensions"), "The server agreed to compress the pages' connection.");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }
}
