using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Notices;

namespace MppQueue.HostTesting;

/// <summary>
/// Web Push in a test host as the notices' setup will register it (AddWebPushNotices), over the notices' store and
/// subscriptions in memory: for <see cref="MppQueueFactory"/>'s services hook.
/// </summary>
public static class PushForTests
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<MemoryNoticeStore>();
        services.AddSingleton<INoticeStore>(sp => sp.GetRequiredService<MemoryNoticeStore>());
        services.AddSingleton<FakeNoticeSubscriptions>();
        services.AddSingleton<INoticeSubscriptions>(sp => sp.GetRequiredService<FakeNoticeSubscriptions>());
        services.AddWebPushNotices(new ConfigurationBuilder().Build());
    }
}
