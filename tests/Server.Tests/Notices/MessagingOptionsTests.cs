using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Server.Notices;

namespace MppQueue.Server.Tests.Notices;

/// <summary>The WhatsApp and SMS settings: checked at start only once enabled, with messages that name the setting.</summary>
public class MessagingOptionsTests
{
    [Theory]
    [InlineData("MppQueue:Notices:WhatsApp:Enabled=true|MppQueue:Notices:WhatsApp:AccessToken=t", "MppQueue:Notices:WhatsApp:PhoneNumberId must be set")]
    [InlineData("MppQueue:Notices:WhatsApp:Enabled=true|MppQueue:Notices:WhatsApp:PhoneNumberId=+62 21 555", "MppQueue:Notices:WhatsApp:PhoneNumberId must be the number's id")]
    [InlineData("MppQueue:Notices:WhatsApp:Enabled=true|MppQueue:Notices:WhatsApp:PhoneNumberId=1065", "MppQueue:Notices:WhatsApp:AccessToken must be set")]
    [InlineData("MppQueue:Notices:WhatsApp:Enabled=true|MppQueue:Notices:WhatsApp:PhoneNumberId=1065|MppQueue:Notices:WhatsApp:AccessToken=t|MppQueue:Notices:WhatsApp:ApiBaseUrl=http://graph.example.com/v21.0", "MppQueue:Notices:WhatsApp:ApiBaseUrl must be an https address")]
    [InlineData("MppQueue:Notices:WhatsApp:Templates:calld=mpp_called", "MppQueue:Notices:WhatsApp:Templates:calld is not a notice text")]
    [InlineData("MppQueue:Notices:Sms:Enabled=true", "MppQueue:Notices:Sms:Url must be the gateway's http or https address")]
    [InlineData("MppQueue:Notices:Sms:Enabled=true|MppQueue:Notices:Sms:Url=https://gw.example.id/send?to={to}", "MppQueue:Notices:Sms:BodyTemplate must be set")]
    [InlineData("MppQueue:Notices:Sms:Enabled=true|MppQueue:Notices:Sms:Method=GET|MppQueue:Notices:Sms:Url=https://gw.example.id/send?to={to}", "must hold the placeholder {text}")]
    [InlineData("MppQueue:Notices:Sms:Method=PUT", "MppQueue:Notices:Sms:Method must be GET or POST.")]
    [InlineData("MppQueue:Notices:Sms:AuthHeaderName=APIKey: abc", "MppQueue:Notices:Sms:AuthHeaderName must be a header's name")]
    [InlineData("MppQueue:Notices:Sms:ReportSecret=short", "MppQueue:Notices:Sms:ReportSecret must be at least 16")]
    public void Start_BadSetting_StopsWithAMessageThatNamesIt(string settings, string message)
    {
        var given = settings.Split('|').Select(s => s.Split('=', 2)).ToDictionary(s => s[0], s => s[1]);
        using var factory = new MppQueueFactory(settings: given);

        var refused = factory.StartFailure();

        Assert.Contains(message, refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Enabled_RegistersBothProvidersConfiguredFromTheirSections()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string>
        {
            ["MppQueue:Notices:WhatsApp:Enabled"] = "true",
            ["MppQueue:Notices:WhatsApp:PhoneNumberId"] = "106540352242922",
            ["MppQueue:Notices:WhatsApp:AccessToken"] = "EAAG",
            ["MppQueue:Notices:WhatsApp:Templates:called"] = "loket_dipanggil",
            ["MppQueue:Notices:Sms:Enabled"] = "true",
            ["MppQueue:Notices:Sms:Method"] = "GET",
            ["MppQueue:Notices:Sms:Url"] = "https://gw.example.id/send?to={to_local}&msg={text}",
        });
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var providers = factory.Services.GetServices<INoticeProvider>().Where(p => p.Channel != NoticeChannel.WebPush).ToList();
        Assert.Equal([NoticeChannel.WhatsApp, NoticeChannel.Sms], providers.Select(p => p.Channel));
        Assert.All(providers, p => Assert.True(p.IsConfigured));
        var whatsApp = factory.Services.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        Assert.Equal("loket_dipanggil", whatsApp.Templates["called"]);
        Assert.Equal("mpp_recalled", whatsApp.Templates["recalled"]);
        Assert.Equal(new Uri("https://graph.facebook.com/v21.0"), whatsApp.ApiBaseUrl);
    }

    [Fact]
    public void Start_Defaults_BothChannelsAreOff()
    {
        using var factory = new MppQueueFactory();

        var providers = factory.Services.GetServices<INoticeProvider>().Where(p => p.Channel != NoticeChannel.WebPush).ToList();

        Assert.Equal(2, providers.Count);
        Assert.All(providers, p => Assert.False(p.IsConfigured));
    }
}
