using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MppQueue.Core;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Kiosk;

public static class KioskServiceCollectionExtensions
{
    /// <summary>The kiosk's services: ticket links, issuing (rate limit, printing), the survey, and a device directory unless one is given.</summary>
    public static IServiceCollection AddKiosk(this IServiceCollection services, Action<KioskOptions>? configure = null)
    {
        var options = services.AddOptions<KioskOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddScoped<TicketLinks>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKioskDirectory, NoKioskDirectory>();
        services.AddSingleton<KioskRateLimiter>();
        services.AddSingleton<KioskIssuer>();

        // The ticket page's survey; the host's storage provides ISurveyStore (the admin area may register it too).
        services.TryAddSingleton<SurveyService>();
        return services;
    }
}
