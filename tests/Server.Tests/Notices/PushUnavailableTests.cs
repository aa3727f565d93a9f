using System.Net;
using System.Net.Http.Json;
using MppQueue.Core;
using MppQueue.Kiosk;

namespace MppQueue.Server.Tests.Notices;

/// <summary>A server whose Web Push is turned off: no button, and the endpoints say so instead of failing.</summary>
public sealed class PushUnavailableTests
{
    [Fact]
    public async Task Subscribe_WebPushOffOnThisServer_Is404SayingSoNever500()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string> { ["MppQueue:Notices:WebPush:Enabled"] = "false" });
        var ticket = factory.Engine.Issue(new IssueRequest("ktp-el"));
        using var client = factory.CreateClient();

        using var on = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(ticket.Token), new { endpoint = "https://push.example.com/x" });
        using var key = await client.GetAsync(NoticeEndpoints.VapidPath);
        using var seen = await client.PostAsJsonAsync(NoticeEndpoints.SeenPath, new { id = "a", receipt = "b" });

        Assert.Equal(HttpStatusCode.NotFound, on.StatusCode);
        Assert.Contains("tidak tersedia", await on.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, key.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
    }
}
