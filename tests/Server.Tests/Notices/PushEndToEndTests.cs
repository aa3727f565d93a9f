using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Kiosk;

namespace MppQueue.Server.Tests.Notices;

/// <summary>
/// Web Push through the whole server: the ticket page subscribes (to a push service on a local port), an officer calls
/// the ticket, the server's own notices decide and send it, the request verifies against the server's stored VAPID key
/// and decrypts with the subscription's key to the call, and the service worker's receipt marks it delivered.
/// </summary>
public sealed class PushEndToEndTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly PushReceiver _receiver = new();
    private readonly PushBrowser _browser = new();
    private readonly MppQueueFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        _browser.Dispose();
        _receiver.Dispose();
    }

    [Fact]
    public async Task CalledAtADesk_TheSubscribedBrowserGetsOneSignedEncryptedNotice_AndItsReceiptMarksItDelivered()
    {
        var engine = _factory.Engine;
        var ticket = engine.Issue(new IssueRequest("ktp-el"));
        var push = _browser.Subscribe(_receiver.Endpoint("browser-1"));
        using var client = _factory.CreateClient();
        using var on = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(ticket.Token), new { endpoint = push.Endpoint, keys = new { p256dh = push.P256dh, auth = push.Auth } });
        Assert.Equal(HttpStatusCode.NoContent, on.StatusCode);

        var officer = _factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.Id == "petugas-disdukcapil");
        var desk = engine.Catalog.Desks["loket-01"];
        engine.SignInToDesk(desk.Id, officer);
        while (engine.CallNext(desk.Id, officer.Id).Id != ticket.Id)
        {
            // Demo visitors already checked in may be ahead of the ticket: call on until it is its turn.
        }

        var deadline = DateTime.UtcNow + Patience;
        while (_receiver.Received.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var request = Assert.Single(_receiver.Received);
        var keys = _factory.Services.GetRequiredService<INoticeStore>().LoadVapidKeys();
        Assert.Equal(keys!.PublicKey, VapidToken.Verify(request.Headers["Authorization"]).PublicKey);
        using var json = JsonDocument.Parse(_browser.Decrypt(request.Body));
        var body = json.RootElement.GetProperty("body").GetString();
        Assert.Equal("Nomor " + ticket.Number + " dipanggil ke Loket " + desk.Number + " (KTP-el (Kartu Tanda Penduduk Elektronik)). Silakan menuju loket sekarang.", body);
        Assert.Equal("/t/" + ticket.Token, json.RootElement.GetProperty("url").GetString());

        using var seen = await client.PostAsJsonAsync(NoticeEndpoints.SeenPath, new { id = json.RootElement.GetProperty("id").GetString(), receipt = json.RootElement.GetProperty("receipt").GetString() });
        Assert.Equal(HttpStatusCode.NoContent, seen.StatusCode);
        var notices = _factory.Services.GetRequiredService<NoticeService>().NoticesOf(ticket);
        var called = Assert.Single(notices, n => n.Kind == NoticeKind.Called);
        Assert.Equal(NoticeState.Delivered, called.State);
        Assert.Equal(NoticeChannel.WebPush, called.Channel);

        // Nothing more for this call, however long we wait.
        await Task.Delay(300);
        Assert.Single(_receiver.Received);
    }
}
