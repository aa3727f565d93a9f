using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display.Live;
using MppQueue.Display.Media;

namespace MppQueue.Display;

public static class DisplayServiceCollectionExtensions
{
    /// <summary>The public address for QR codes (the zone screens' and /live's link to /live).</summary>
    public const string PublicBaseUrlKey = "MppQueue:PublicBaseUrl";

    /// <summary>
    /// The screens' settings (section "MppQueue:Display", checked at start), which also tell Core's registry of
    /// screens when a screen is stale, and the media folder.
    /// </summary>
    public static IServiceCollection AddDisplay(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        const string section = DisplayOptions.Section + ":";
        services.AddOptions<DisplayOptions>()
            .Bind(configuration.GetSection(DisplayOptions.Section))
            .InRange(section + nameof(DisplayOptions.HeartbeatSeconds), o => o.HeartbeatSeconds, 1, 300)
            .InRange(section + nameof(DisplayOptions.ReconnectGiveUpSeconds), o => o.ReconnectGiveUpSeconds, 0, 86_400)
            .InRange(section + nameof(DisplayOptions.HighlightSeconds), o => o.HighlightSeconds, 1, 120)
            .InRange(section + nameof(DisplayOptions.PreviousCalls), o => o.PreviousCalls, 1, 10)
            .InRange(section + nameof(DisplayOptions.WaitingPerPage), o => o.WaitingPerPage, 1, 60)
            .InRange(section + nameof(DisplayOptions.WaitingPageSeconds), o => o.WaitingPageSeconds, 3, 600)
            .InRange(section + nameof(DisplayOptions.StaleAfterSeconds), o => o.StaleAfterSeconds, 0, 86_400)
            .InRange(section + nameof(DisplayOptions.SlideSeconds), o => o.SlideSeconds, 3, 3_600)
            .ValidateOnStart();
        services.AddOptions<ScreenRegistryOptions>()
            .Configure<IOptions<DisplayOptions>>((registry, display) => registry.StaleAfter = display.Value.StaleAfter);
        services.AddSingleton<MediaLibrary>();

        // /live: the feed every viewer's stream writes from (one read per burst of moves, ADR 19).
        const string live = LiveOptions.Section + ":";
        services.AddOptions<LiveOptions>()
            .Bind(configuration.GetSection(LiveOptions.Section))
            .Configure(o => o.PublicBaseUrl ??= configuration.GetValue<Uri?>(PublicBaseUrlKey))
            .InRange(live + nameof(LiveOptions.CoalesceMilliseconds), o => o.CoalesceMilliseconds, 0, 5_000)
            .InRange(live + nameof(LiveOptions.HeartbeatSeconds), o => o.HeartbeatSeconds, 1, 120)
            .InRange(live + nameof(LiveOptions.RefreshSeconds), o => o.RefreshSeconds, 1, 600)
            .InRange(live + nameof(LiveOptions.CallsPerZone), o => o.CallsPerZone, 1, 10)
            .ValidateOnStart();
        services.AddSingleton<LiveFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveFeed>());
        return services;
    }
}
