using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>The "MppQueue:Notices:WebPush" section, the server's VAPID keys (made once, kept in the data file) and the Web Push provider.</summary>
public static class WebPushSetup
{
    public static IServiceCollection AddWebPushNotices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        const string Section = WebPushOptions.Section;
        services.AddOptions<WebPushOptions>()
            .Bind(configuration.GetSection(Section))
            .Check(o => WebPushOptions.SubjectProblem(o.Subject))
            .InRange(Section + ":" + nameof(WebPushOptions.TtlMinutes), o => o.TtlMinutes, 0, 24 * 60)
            .Check(o => o.TimeoutSeconds is < 0.5 or > 120 ? Section + ":TimeoutSeconds must be from 0.5 to 120." : null)
            .ValidateOnStart();
        services.AddSingleton<VapidKeySource>();

        // Beside the other channels' providers: the notice service takes every INoticeProvider.
        services.AddSingleton<INoticeProvider, WebPushProvider>();
        return services;
    }
}
