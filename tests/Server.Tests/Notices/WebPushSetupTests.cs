using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Server.Notices;

namespace MppQueue.Server.Tests.Notices;

/// <summary>AddWebPushNotices: its settings checked with a message that names them, and the provider beside any other.</summary>
public class WebPushSetupTests
{
    [Theory]
    [InlineData("Subject", "admin@mpp.example", "MppQueue:Notices:WebPush:Subject must be a mailto: address")]
    [InlineData("TtlMinutes", "-1", "MppQueue:Notices:WebPush:TtlMinutes must be between 0 and 1440 (it is -1).")]
    [InlineData("TimeoutSeconds", "0", "MppQueue:Notices:WebPush:TimeoutSeconds must be from 0.5 to 120.")]
    public void Options_BadSetting_RefusedWithItsName(string key, string value, string message)
    {
        using var services = Services(new Dictionary<string, string?> { [WebPushOptions.Section + ":" + key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebPushOptions>>().Value);

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWebPushNotices_BesideAnotherProvider_BothAreThereAndPushIsConfiguredByDefault()
    {
        using var services = Services([], extra: s => s.AddSingleton<INoticeProvider, OtherProvider>());

        var providers = services.GetServices<INoticeProvider>().ToList();

        Assert.Equal(2, providers.Count);
        var push = Assert.Single(providers, p => p.Channel == NoticeChannel.WebPush);
        Assert.True(push.IsConfigured);
        Assert.Equal("mailto:admin@mpp.example", services.GetRequiredService<IOptions<WebPushOptions>>().Value.Subject);
    }

    [Fact]
    public void AddWebPushNotices_Disabled_ProviderSaysItIsNotConfigured()
    {
        using var services = Services(new Dictionary<string, string?> { [WebPushOptions.Section + ":Enabled"] = "false" });

        Assert.False(services.GetServices<INoticeProvider>().Single().IsConfigured);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<INoticeStore, MemoryNoticeStore>();
        extra?.Invoke(services);
        services.AddWebPushNotices(configuration);
        return services.BuildServiceProvider();
    }

    private sealed class OtherProvider : INoticeProvider
    {
        public NoticeChannel Channel => NoticeChannel.Sms;

        public bool IsConfigured => false;

        public Task<NoticeSendResult> SendAsync(NoticeDelivery delivery, CancellationToken cancel) =>
            Task.FromResult(NoticeSendResult.Failed(null, "not here"));
    }
}
