using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Core;
using MppQueue.Server.Notices;

namespace MppQueue.Server.Tests.Notices;

/// <summary>
/// The WhatsApp provider against a local stand-in for the Cloud API that records the exact requests: the address,
/// the token, the template message as Meta's reference writes it, and what each kind of answer means.
/// </summary>
public sealed class WhatsAppProviderTests : IDisposable
{
    private const string PhoneId = "106540352242922";
    private const string Token = "EAAG-test-token";

    private readonly MessagingReceiver _api = new();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Send_Called_PostsTheTemplateWithItsParametersInOrder()
    {
        _api.ReplyJson = """{"messaging_product":"whatsapp","contacts":[{"input":"6281234567890","wa_id":"6281234567890"}],"messages":[{"id":"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjA1"}]}""";

        var result = await Provider().SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        var request = Assert.Single(_api.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v21.0/" + PhoneId + "/messages", request.Path);
        Assert.Equal("Bearer " + Token, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("whatsapp", root.GetProperty("messaging_product").GetString());
        Assert.Equal("individual", root.GetProperty("recipient_type").GetString());
        Assert.Equal(Deliveries.Phone, root.GetProperty("to").GetString());
        Assert.Equal("template", root.GetProperty("type").GetString());
        var template = root.GetProperty("template");
        Assert.Equal("mpp_called", template.GetProperty("name").GetString());
        Assert.Equal("id", template.GetProperty("language").GetProperty("code").GetString());
        var component = Assert.Single(template.GetProperty("components").EnumerateArray());
        Assert.Equal("body", component.GetProperty("type").GetString());
        Assert.Equal(
            [("text", "A012"), ("text", "3"), ("text", "Perekaman KTP-el")],
            component.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("type").GetString(), p.GetProperty("text").GetString())));
        Assert.True(result.Ok);
        Assert.Equal(200, result.Status);
        Assert.Equal("wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjA1", result.MessageId);
    }

    [Fact]
    public async Task Send_EnglishVisitor_AsksForTheConfiguredLanguageAndTemplate()
    {
        _api.ReplyJson = """{"messages":[{"id":"wamid.en"}]}""";
        var options = Options();
        options.LanguageCodes["en"] = "en_US";
        options.Templates["called"] = "loket_dipanggil";

        await Provider(options).SendAsync(Deliveries.CalledDelivery("en"), CancellationToken.None);

        using var json = JsonDocument.Parse(Assert.Single(_api.Received).Body);
        var template = json.RootElement.GetProperty("template");
        Assert.Equal("loket_dipanggil", template.GetProperty("name").GetString());
        Assert.Equal("en_US", template.GetProperty("language").GetProperty("code").GetString());
        Assert.Equal("KTP-el recording", template.GetProperty("components")[0].GetProperty("parameters")[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Send_NoTemplateNamedForTheText_FailsForGoodWithoutARequest()
    {
        var options = Options();
        options.Templates["called"] = " ";

        var result = await Provider(options).SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.True(result.Permanent, result.Error);
        Assert.Contains("MppQueue:Notices:WhatsApp:Templates:called", result.Error, StringComparison.Ordinal);
        Assert.Empty(_api.Received);
    }

    [Fact]
    public async Task Send_RecipientNotOnWhatsApp_FailsForGood()
    {
        _api.ReplyStatus = 400;
        _api.ReplyJson = """{"error":{"message":"(#131026) Message undeliverable","type":"OAuthException","code":131026,"error_data":{"messaging_product":"whatsapp","details":"Message Undeliverable."},"fbtrace_id":"Az8or"}}""";

        var result = await Provider().SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.True(result.Permanent, result.Error);
        Assert.Equal(400, result.Status);
        Assert.Contains("131026", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, 130429)]
    [InlineData(400, 131056)]
    [InlineData(429, 4)]
    public async Task Send_RateLimited_IsTriedAgain(int status, int code)
    {
        _api.ReplyStatus = status;
        _api.ReplyJson = "{\"error\":{\"message\":\"(#" + code + ") Rate limit hit\",\"type\":\"OAuthException\",\"code\":" + code + "}}";

        var result = await Provider().SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.False(result.Permanent);
        Assert.Contains(code.ToString(), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TokenExpired_IsTriedAgainAndSaysToRenewTheToken()
    {
        _api.ReplyStatus = 401;
        _api.ReplyJson = """{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190}}""";

        var result = await Provider().SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        Assert.False(result.Permanent);
        Assert.Contains("AccessToken", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerError_IsTriedAgain()
    {
        _api.ReplyStatus = 500;

        var result = await Provider().SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.False(result.Permanent);
        Assert.Equal(500, result.Status);
    }

    [Fact]
    public async Task Send_OtherClientError_FailsForGood()
    {
        _api.ReplyStatus = 400;
        _api.ReplyJson = """{"error":{"message":"(#132001) Template name does not exist in the translation","code":132001}}""";

        var result = await Provider().SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        Assert.True(result.Permanent, result.Error);
        Assert.Contains("132001", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NobodyListening_IsTriedAgain()
    {
        var options = Options();
        _api.Dispose();

        var result = await Provider(options).SendAsync(Deliveries.CalledDelivery(), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.False(result.Permanent);
        Assert.Null(result.Status);
    }

    [Fact]
    public void IsConfigured_OnlyWhenEnabledWithTheIdAndToken()
    {
        Assert.True(Provider().IsConfigured);
        Assert.False(Provider(new WhatsAppOptions { PhoneNumberId = PhoneId, AccessToken = Token }).IsConfigured);
        Assert.False(Provider(new WhatsAppOptions { Enabled = true, PhoneNumberId = PhoneId }).IsConfigured);
        Assert.Equal(NoticeChannel.WhatsApp, Provider().Channel);
    }

    private WhatsAppOptions Options() => new()
    {
        Enabled = true,
        ApiBaseUrl = new Uri(_api.Url, "v21.0"),
        PhoneNumberId = PhoneId,
        AccessToken = Token,
        // The local listener answers at once; on a busy CI machine its first answer once took more than 5 s, which
        // made a refusal look like a timeout (tried again) and failed the test. No test here is about the time limit.
        TimeoutSeconds = 60,
    };

    private WhatsAppProvider Provider(WhatsAppOptions? options = null) =>
        new(_http, options ?? Options(), NullLogger<WhatsAppProvider>.Instance);
}
