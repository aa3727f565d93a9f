using System.Net;
using System.Text.Json;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// /live over HTTP: the first answer already shows the building (static HTML, no circuit, no sign-in), and the event
/// stream the page stays live through sends the building at once and again after a call.
/// </summary>
public sealed class LiveEndpointTests
{
    [Fact]
    public async Task Get_Live_IsHtmlWithEveryServiceAndTheNumbersAtTheDesks_BeforeAnyScript()
    {
        using var factory = new MppQueueFactory();
        var (called, desk) = factory.IssueAndCall("skck");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/live");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"id\">", page, StringComparison.Ordinal);
        Assert.Contains("Antrean langsung", page, StringComparison.Ordinal);
        Assert.Contains("KTP-el (Kartu Tanda Penduduk Elektronik)", page, StringComparison.Ordinal);
        Assert.Contains("Ganti STNK dan Plat Nomor 5 Tahunan", page, StringComparison.Ordinal);
        Assert.Contains($"<b>{called.Number}</b> <span>Loket {desk.Number}</span>", page, StringComparison.Ordinal);
        // Keyed as live.js keys it, so that the stream's first message (the same building) rebuilds nothing.
        Assert.Contains($"data-key=\"{called.Number}@Loket {desk.Number}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web.js", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LiveWall_InEnglish_IsTheWallLayoutWithAQrCodeToThePhonePage()
    {
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/live/wall?culture=en&ui-culture=en");

        Assert.Contains("live-wall", page, StringComparison.Ordinal);
        Assert.Contains("Live queues", page, StringComparison.Ordinal);
        Assert.Contains("data-qr-url=\"http://localhost/live\"", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("/live/events?culture=en", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_AfterACall_SendTheBuildingAgainWithTheCalledNumber()
    {
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await client.GetAsync("/live/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var first = await NextMessageAsync(reader, timeout.Token);
        Assert.Empty(first.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "skck").GetProperty("serving").EnumerateArray());

        var (called, desk) = factory.IssueAndCall("skck");

        while (true)
        {
            var message = await NextMessageAsync(reader, timeout.Token);
            var skck = message.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "skck");
            if (skck.GetProperty("serving").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } serving)
            {
                Assert.Equal(called.Number.ToString(), serving.GetProperty("number").GetString());
                Assert.Equal($"Loket {desk.Number}", serving.GetProperty("desk").GetString());
                var zone = message.GetProperty("zones").EnumerateArray().Single(z => z.GetProperty("id").GetString() == desk.ZoneId);
                Assert.Equal(called.Number.ToString(), zone.GetProperty("calls")[0].GetProperty("number").GetString());
                return;
            }
        }
    }

    // The next "data:" event (skipping "retry:", "id:" and the beats).
    private static async Task<JsonElement> NextMessageAsync(StreamReader reader, CancellationToken cancellation)
    {
        string? eventName = null;
        while (await reader.ReadLineAsync(cancellation) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName is null)
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
            else if (line.Length == 0)
            {
                eventName = null;
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }
}
