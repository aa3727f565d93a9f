using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display.Media;

namespace MppQueue.Display;

public static class DisplayServiceCollectionExtensions
{
    /// <summary>The screens' settings (section "MppQueue:Display"), the registry of screens and the media folder.</summary>
    public static IServiceCollection AddDisplay(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DisplayOptions>().Bind(configuration.GetSection(DisplayOptions.Section));
        services.AddSingleton(sp => new ScreenRegistry(
            sp.GetRequiredService<IDeviceStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<DisplayOptions>>().Value.StaleAfter));
        services.AddSingleton<MediaLibrary>();
        return services;
    }
}
