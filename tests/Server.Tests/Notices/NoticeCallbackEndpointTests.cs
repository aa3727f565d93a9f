using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Server.Tests.Notices;

/// <summary>
/// The delivery reports on the real server: Meta's subscription handshake, WhatsApp's signed status webhook, and the
/// SMS gateway's reports at their secret address, each passed to the notices (a fake here) or refused.
/// </summary>
public sealed class NoticeCallbackEndpointTests : IClassFixture<NoticeCallbackEndpointTests.Host>
{
    private const string AppSecret = "0123456789abcdef0123456789abcdef";
    private const string VerifyToken = "mpp-verify-7f3a";
    private const string ReportSecret = "sms-report-5e1d9c2b";

    private readonly Host _host;

    public NoticeCallbackEndpointTests(Host host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
        host.Reports.Clear();
    }

    [Fact]
    public async Task Verify_RightToken_AnswersTheChallengeAsText()
    {
        using var client = _host.Client();

        using var response = await client.GetAsync($"/api/notices/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={VerifyToken}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=wrong")]
    [InlineData("hub.mode=unsubscribe&hub.challenge=1158201444&hub.verify_token=" + VerifyToken)]
    [InlineData("hub.challenge=1158201444")]
    public async Task Verify_WrongTokenOrMode_Is403(string query)
    {
        using var client = _host.Client();

        using var response = await client.GetAsync("/api/notices/whatsapp?" + query);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("1158201444", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_SignedDeliveredAndFailed_ArePassedOnAndSentIsNot()
    {
        _host.Reports.Known.Add("wamid.delivered");
        var body = StatusBody(
            """{"id":"wamid.sent","status":"sent","timestamp":"1750857384","recipient_id":"6281234567890"}""",
            """{"id":"wamid.delivered","status":"delivered","timestamp":"1750857390","recipient_id":"6281234567890"}""",
            """{"id":"wamid.failed","status":"failed","timestamp":"1750857391","recipient_id":"6281234567890","errors":[{"code":131026,"title":"Message undeliverable","error_data":{"details":"Message Undeliverable."}}]}""");
        using var client = _host.Client();

        using var response = await client.SendAsync(Signed(body, AppSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Collection(
            _host.Reports.Reports,
            r => Assert.Equal((NoticeChannel.WhatsApp, "wamid.delivered", true, (string?)null), r),
            r =>
            {
                Assert.Equal((NoticeChannel.WhatsApp, "wamid.failed", false), (r.Channel, r.MessageId, r.Delivered));
                Assert.Contains("131026", r.Reason, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task Status_Read_CountsAsDelivered()
    {
        using var client = _host.Client();

        using var response = await client.SendAsync(Signed(StatusBody("""{"id":"wamid.read","status":"read"}"""), AppSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((NoticeChannel.WhatsApp, "wamid.read", true, (string?)null), Assert.Single(_host.Reports.Reports));
    }

    [Fact]
    public async Task Status_UnknownMessage_IsStill200()
    {
        using var client = _host.Client();

        using var response = await client.SendAsync(Signed(StatusBody("""{"id":"wamid.long-gone","status":"delivered"}"""), AppSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("wamid.long-gone", Assert.Single(_host.Reports.Reports).MessageId);
    }

    [Theory]
    [InlineData("another-secret-0123456789abcdef")]
    [InlineData(null)]
    public async Task Status_WrongOrNoSignature_Is403AndPassesNothingOn(string? secret)
    {
        var body = StatusBody("""{"id":"wamid.forged","status":"delivered"}""");
        using var request = secret is null
            ? new HttpRequestMessage(HttpMethod.Post, "/api/notices/whatsapp") { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : Signed(body, secret);
        using var client = _host.Client();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_host.Reports.Reports);
    }

    [Fact]
    public async Task Status_BodyChangedAfterSigning_Is403()
    {
        var body = StatusBody("""{"id":"wamid.x","status":"delivered"}""");
        using var request = Signed(body, AppSecret);
        request.Content = new StringContent(body.Replace("delivered", "failed", StringComparison.Ordinal), Encoding.UTF8, "application/json");
        using var client = _host.Client();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_host.Reports.Reports);
    }

    [Fact]
    public async Task Status_SignedButNotJson_Is400()
    {
        using var client = _host.Client();

        using var response = await client.SendAsync(Signed("{\"entry\":[", AppSecret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SmsReport_JsonDelivered_IsPassedOn()
    {
        using var client = _host.Client();

        using var response = await client.PostAsync("/api/notices/sms/" + ReportSecret, new StringContent("""{"data":{"msgid":"GW-99812"},"state":"DELIVRD"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((NoticeChannel.Sms, "GW-99812", true, (string?)null), Assert.Single(_host.Reports.Reports));
    }

    [Fact]
    public async Task SmsReport_FormFailed_IsPassedOnWithTheStatus()
    {
        using var client = _host.Client();

        using var response = await client.PostAsync("/api/notices/sms/" + ReportSecret, new FormUrlEncodedContent(new Dictionary<string, string> { ["data.msgid"] = "GW-1", ["state"] = "undeliv" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = Assert.Single(_host.Reports.Reports);
        Assert.Equal((NoticeChannel.Sms, "GW-1", false), (report.Channel, report.MessageId, report.Delivered));
        Assert.Contains("undeliv", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmsReport_InBetweenStatus_IsIgnored()
    {
        using var client = _host.Client();

        using var response = await client.PostAsync("/api/notices/sms/" + ReportSecret, new StringContent("""{"data":{"msgid":"GW-2"},"state":"queued"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Reports.Reports);
    }

    [Fact]
    public async Task SmsReport_WrongSecret_Is404AndPassesNothingOn()
    {
        using var client = _host.Client();

        using var response = await client.PostAsync("/api/notices/sms/sms-report-5e1d9c2X", new StringContent("""{"data":{"msgid":"GW-3"},"state":"DELIVRD"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_host.Reports.Reports);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"state":"DELIVRD"}""")]
    public async Task SmsReport_Unreadable_Is400(string body)
    {
        using var client = _host.Client();

        using var response = await client.PostAsync("/api/notices/sms/" + ReportSecret, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Reports.Reports);
    }

    private static string StatusBody(params string[] statuses) =>
        """{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"6221555000","phone_number_id":"106540352242922"},"statuses":["""
        + string.Join(",", statuses)
        + """]},"field":"messages"}]}]}""";

    private static HttpRequestMessage Signed(string body, string secret)
    {
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/notices/whatsapp") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", signature);
        return request;
    }

    /// <summary>One server for the class, with the webhook's secrets and a fake in place of the notices.</summary>
    public sealed class Host : IDisposable
    {
        private readonly MppQueueFactory _factory = new(settings: new Dictionary<string, string>
        {
            ["MppQueue:Notices:WhatsApp:AppSecret"] = AppSecret,
            ["MppQueue:Notices:WhatsApp:VerifyToken"] = VerifyToken,
            ["MppQueue:Notices:Sms:ReportSecret"] = ReportSecret,
            ["MppQueue:Notices:Sms:ReportMessageIdPath"] = "data.msgid",
            ["MppQueue:Notices:Sms:ReportStatusPath"] = "state",
        });

        private readonly WebApplicationFactory<Program> _app;

        public Host()
        {
            _app = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<INoticeReports>(Reports)));
        }

        public FakeNoticeReports Reports { get; } = new();

        public HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        public void Dispose()
        {
            _app.Dispose();
            _factory.Dispose();
        }
    }
}
