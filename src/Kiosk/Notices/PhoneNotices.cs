using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Kiosk.Notices;

/// <summary>
/// Whether this server sends notices to a phone number: the notices are set up and a WhatsApp or SMS provider is
/// configured. Without one, no page asks for a number (a number that nothing would ever message is not worth taking).
/// </summary>
public static class PhoneNotices
{
    public static NoticeService? Find(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<NoticeService>() is { } notices
            && notices.ConfiguredChannels.Any(c => c is NoticeChannel.WhatsApp or NoticeChannel.Sms)
            ? notices
            : null;
    }
}
