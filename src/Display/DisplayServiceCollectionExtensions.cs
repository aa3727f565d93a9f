using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display.Media;

namespace MppQueue.Display;

public static class DisplayServiceCollectionExtensions
{
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
        return services;
    }
}
