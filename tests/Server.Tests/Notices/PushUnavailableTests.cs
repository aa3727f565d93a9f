using System.Net;
using System.Net.Http.Json;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests.Notices;

/// <summary>A server whose notices are not set up: no button, and the endpoints say so instead of failing.</summary>
public sealed class PushUnavailableTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Subscribe_NoNoticesOnThisServer_Is404SayingSoNever500()
    {
        var ticket = host.Factory.Engine.Issue(new IssueRequest("ktp-el"));
        using var client = host.Factory.CreateClient();

        using var on = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(ticket.Token), new { endpoint = "https://push.example.com/x" });
        using var key = await client.GetAsync(NoticeEndpoints.VapidPath);
        using var seen = await client.PostAsJsonAsync(NoticeEndpoints.SeenPath, new { id = "a", receipt = "b" });

        Assert.Equal(HttpStatusCode.NotFound, on.StatusCode);
        Assert.Contains("tidak tersedia", await on.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, key.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
    }
}
