using Microsoft.Extensions.DependencyInjection;

namespace MppQueue.Kiosk;

public static class KioskServiceCollectionExtensions
{
    public static IServiceCollection AddKiosk(this IServiceCollection services, Action<KioskOptions>? configure = null)
    {
        var options = services.AddOptions<KioskOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddScoped<TicketLinks>();
        return services;
    }
}
