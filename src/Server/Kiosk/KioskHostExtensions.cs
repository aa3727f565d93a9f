using Microsoft.Extensions.DependencyInjection.Extensions;
using MppQueue.Kiosk;
using MppQueue.Kiosk.Devices;
using MppQueue.Server.Hosting;

namespace MppQueue.Server.Kiosk;

public static class KioskHostExtensions
{
    /// <summary>The kiosk area with its settings ("MppQueue:Kiosk"), its devices from the device registry, and the public address for QR codes.</summary>
    public static IServiceCollection AddKioskHost(this IServiceCollection services, IConfiguration configuration, MppQueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        services.RemoveAll<IKioskDirectory>();
        services.AddSingleton<IKioskDirectory, RegistryKioskDirectory>();
        services.AddKiosk(kiosk => kiosk.PublicBaseUrl = options.PublicBaseUrl);
        services.AddOptions<KioskOptions>().Bind(configuration.GetSection(KioskOptions.Section));
        return services;
    }
}
