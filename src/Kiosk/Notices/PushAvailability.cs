using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Kiosk.Notices;

/// <summary>
/// Whether this server offers notices by Web Push: the notices are set up (something keeps subscriptions) and a
/// configured Web Push provider is there with its keys. A server without them shows no button and refuses the endpoints.
/// </summary>
public sealed record PushAvailability(INoticeSubscriptions Subscriptions, VapidKeySource Keys)
{
    public static PushAvailability? Find(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<INoticeSubscriptions>() is { } subscriptions
            && services.GetService<VapidKeySource>() is { } keys
            && services.GetServices<INoticeProvider>().Any(p => p.Channel == NoticeChannel.WebPush && p.IsConfigured)
            ? new PushAvailability(subscriptions, keys)
            : null;
    }
}
