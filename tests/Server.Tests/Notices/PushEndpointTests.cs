using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests.Notices;

/// <summary>The opt-in endpoints of the ticket and booking pages, the receipt, the key and the service worker, through the host.</summary>
public sealed class PushEndpointTests(PushHost host) : IClassFixture<PushHost>, IDisposable
{
    private readonly PushBrowser _browser = new();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task Subscribe_TicketPageWithAGoodSubscription_KeptForThatTicketUntilUnsubscribed()
    {
        var ticket = host.Factory.Engine.Issue(new IssueRequest("ktp-el"));
        var push = _browser.Subscribe("https://fcm.googleapis.com/fcm/send/abc123");
        using var client = host.Factory.CreateClient();

        using var on = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(ticket.Token), Message(push));

        Assert.Equal(HttpStatusCode.NoContent, on.StatusCode);
        var contact = host.Store.FindContact(NoticeSubject.Ticket(ticket.Id).Key);
        Assert.Equal(push, contact?.Push);
        Assert.Equal("id", contact?.Language);

        using var off = await client.DeleteAsync(NoticeEndpoints.TicketPush(ticket.Token));

        Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
        Assert.Null(host.Store.FindContact(NoticeSubject.Ticket(ticket.Id).Key)?.Push);
    }

    [Fact]
    public async Task Subscribe_BookingPage_KeptForTheBookingsCode()
    {
        var engine = host.Factory.Engine;
        var booking = engine.Book(new BookingRequest("ktp-el", engine.Today.AddDays(1), new TimeOnly(9, 0), BookingHolder.From("081234567890", "3201234567890124", new BookingSecret(new string('p', 40)))));
        var push = _browser.Subscribe("https://updates.push.services.mozilla.com/wpush/v2/xyz");
        using var client = host.Factory.CreateClient();

        using var on = await client.PostAsJsonAsync(NoticeEndpoints.BookingPush(booking.Token!), Message(push));

        Assert.Equal(HttpStatusCode.NoContent, on.StatusCode);
        Assert.Equal(push, host.Store.FindContact(NoticeSubject.Booking(booking.Code).Key)?.Push);
    }

    [Theory]
    [InlineData("http://push.example.com/x", null, null, "Alamat langganan pemberitahuan tidak valid")]
    [InlineData("ftp://push.example.com/x", null, null, "Alamat langganan pemberitahuan tidak valid")]
    [InlineData("https://user:pw@push.example.com/x", null, null, "Alamat langganan pemberitahuan tidak valid")]
    [InlineData("", null, null, "Alamat langganan pemberitahuan tidak valid")]
    [InlineData("https://push.example.com/x", "BAAA", null, "Kunci langganan pemberitahuan tidak valid")]
    [InlineData("https://push.example.com/x", null, "AAAAAAAAAAAAAAAAAAAAAAAA", "Kunci langganan pemberitahuan tidak valid")]
    [InlineData("https://push.example.com/x", "not base64!", null, "Kunci langganan pemberitahuan tidak valid")]
    [InlineData("https://push.example.com/x", "", "", "Kunci langganan pemberitahuan tidak valid")]
    public async Task Subscribe_BadSubscription_Is400WithTheReasonInIndonesian(string endpoint, string? p256dh, string? auth, string reason)
    {
        var ticket = host.Factory.Engine.Issue(new IssueRequest("ktp-el"));
        var good = _browser.Subscribe("https://push.example.com/x");
        using var client = host.Factory.CreateClient();

        using var answer = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(ticket.Token), new
        {
            endpoint,
            keys = new { p256dh = p256dh ?? good.P256dh, auth = auth ?? good.Auth },
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(reason, await DetailAsync(answer), StringComparison.Ordinal);
        Assert.Null(host.Store.FindContact(NoticeSubject.Ticket(ticket.Id).Key));
    }

    [Fact]
    public async Task Subscribe_EndpointOnThisMachine_AllowedOverPlainHttpForTests()
    {
        var ticket = host.Factory.Engine.Issue(new IssueRequest("ktp-el"));
        using var client = host.Factory.CreateClient();

        using var answer = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(ticket.Token), Message(_browser.Subscribe("http://127.0.0.1:5999/push/1")));

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
    }

    [Fact]
    public async Task Subscribe_NoBodyOrNotJson_Is4xxNever500()
    {
        var ticket = host.Factory.Engine.Issue(new IssueRequest("ktp-el"));
        using var client = host.Factory.CreateClient();

        using var empty = await client.PostAsync(NoticeEndpoints.TicketPush(ticket.Token), new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json"));
        using var broken = await client.PostAsync(NoticeEndpoints.TicketPush(ticket.Token), new StringContent("{\"endpoint\":", System.Text.Encoding.UTF8, "application/json"));
        using var keysNotObject = await client.PostAsync(NoticeEndpoints.TicketPush(ticket.Token), new StringContent("{\"endpoint\":\"https://x.example\",\"keys\":5}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, keysNotObject.StatusCode);
    }

    [Fact]
    public async Task Subscribe_UnknownToken_Is404()
    {
        using var client = host.Factory.CreateClient();
        var push = Message(_browser.Subscribe("https://push.example.com/x"));

        using var ticket = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(new string('z', 32)), push);
        using var booking = await client.PostAsJsonAsync(NoticeEndpoints.BookingPush(new string('z', 32)), push);
        using var off = await client.DeleteAsync(NoticeEndpoints.TicketPush("nope"));

        Assert.Equal(HttpStatusCode.NotFound, ticket.StatusCode);
        Assert.Contains("Tiket ini tidak ditemukan", await DetailAsync(ticket), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, booking.StatusCode);
        Assert.Contains("Pemesanan ini tidak ditemukan", await DetailAsync(booking), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
    }

    [Fact]
    public async Task Subscribe_TicketTheNoticesRefuse_Is409WithTheirReason()
    {
        var engine = host.Factory.Engine;
        var ticket = engine.Issue(new IssueRequest("ktp-el"));
        engine.Cancel(ticket.Id);
        using var client = host.Factory.CreateClient();

        using var answer = await client.PostAsJsonAsync(NoticeEndpoints.TicketPush(ticket.Token), Message(_browser.Subscribe("https://push.example.com/x")));

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        var problem = await ProblemAsync(answer);
        Assert.Equal("NoticesClosed", problem.GetProperty("title").GetString());
        Assert.Contains("tidak dapat diatur lagi", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seen_RightReceipt_TakenAndAnyOtherRefused()
    {
        var notice = new Notice
        {
            Id = "t:x:Called:9",
            Kind = NoticeKind.Called,
            ContactId = "t:x",
            TicketId = "x",
            ServiceId = "ktp-el",
            Day = host.Factory.Engine.Today,
            Content = new NoticeContent(),
            State = NoticeState.Sent,
            Channel = NoticeChannel.WebPush,
            CreatedAt = DateTimeOffset.UtcNow,
            SentAt = DateTimeOffset.UtcNow,
            Receipt = "the-receipt",
        };
        host.Store.AddNotices([notice], cursor: null);
        using var client = host.Factory.CreateClient();

        using var wrong = await client.PostAsJsonAsync(NoticeEndpoints.SeenPath, new { id = notice.Id, receipt = "guess" });
        using var empty = await client.PostAsJsonAsync(NoticeEndpoints.SeenPath, new { id = notice.Id, receipt = "" });
        Assert.Equal(NoticeState.Sent, host.Store.FindNotice(notice.Id)?.State);
        using var right = await client.PostAsJsonAsync(NoticeEndpoints.SeenPath, new { id = notice.Id, receipt = "the-receipt" });

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(NoticeState.Delivered, host.Store.FindNotice(notice.Id)?.State);
    }

    [Fact]
    public async Task Vapid_Asked_GivesTheStoredPublicKey()
    {
        using var client = host.Factory.CreateClient();

        var key = await client.GetFromJsonAsync<JsonElement>(NoticeEndpoints.VapidPath);

        Assert.Equal(host.Store.LoadVapidKeys()!.PublicKey, key.GetProperty("publicKey").GetString());
    }

    [Fact]
    public async Task Worker_Asked_ServedFromTheRootAsJavaScriptThatIsNeverStale()
    {
        using var client = host.Factory.CreateClient();

        using var answer = await client.GetAsync(NoticeEndpoints.WorkerPath);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/javascript", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", answer.Headers.CacheControl?.ToString());
        var script = await answer.Content.ReadAsStringAsync();
        Assert.Contains("addEventListener('push'", script, StringComparison.Ordinal);
        Assert.Contains("/notices/seen", script, StringComparison.Ordinal);
    }

    private static object Message(PushEndpoint push) => new { endpoint = push.Endpoint, expirationTime = (string?)null, keys = new { p256dh = push.P256dh, auth = push.Auth } };

    private static async Task<string> DetailAsync(HttpResponseMessage answer) => (await ProblemAsync(answer)).GetProperty("detail").GetString() ?? string.Empty;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage answer) => await answer.Content.ReadFromJsonAsync<JsonElement>();
}
