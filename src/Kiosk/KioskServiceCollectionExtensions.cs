using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Kiosk;

public static class KioskServiceCollectionExtensions
{
    /// <summary>The public address for QR codes, when "MppQueue:Kiosk:PublicBaseUrl" does not give one of its own.</summary>
    public const string PublicBaseUrlKey = "MppQueue:PublicBaseUrl";

    /// <summary>
    /// The kiosk area as the host runs it: its settings from "MppQueue:Kiosk" (and the public address from
    /// "MppQueue:PublicBaseUrl"), checked at start, and the area's services (see the other overload).
    /// </summary>
    public static IServiceCollection AddKiosk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddKioskArea(options => options
            .Configure(o => o.PublicBaseUrl = configuration.GetValue<Uri?>(PublicBaseUrlKey))
            .Bind(configuration.GetSection(KioskOptions.Section)));
    }

    /// <summary>
    /// The kiosk's services: ticket links, issuing (rate limit, printing), kiosks known from Core's device registry;
    /// its settings from <paramref name="configure"/> only (component tests), checked as the host checks them.
    /// </summary>
    public static IServiceCollection AddKiosk(this IServiceCollection services, Action<KioskOptions>? configure = null) =>
        services.AddKioskArea(options =>
        {
            if (configure is not null)
            {
                options.Configure(configure);
            }
        });

    private static IServiceCollection AddKioskArea(this IServiceCollection services, Action<OptionsBuilder<KioskOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<KioskOptions>();
        bind(options);
        const string section = KioskOptions.Section + ":";
        options
            .WebAddress(section + nameof(KioskOptions.PublicBaseUrl), o => o.PublicBaseUrl)
            .InRange(section + nameof(KioskOptions.IdleSeconds), o => o.IdleSeconds, 5, 600)
            .Check(o => PaperWidths(o))
            .InRange(section + nameof(KioskOptions.PrinterTimeoutMs), o => o.PrinterTimeoutMs, 200, 30_000)
            .InRange(section + nameof(KioskOptions.IssueBurst), o => o.IssueBurst, 1, 100_000)
            .InRange(section + nameof(KioskOptions.IssuePerMinute), o => o.IssuePerMinute, 1, 100_000)
            .ValidateOnStart();

        services.AddScoped<TicketLinks>();
        services.TryAddSingleton<IKioskDirectory, RegistryKioskDirectory>();
        services.AddSingleton<KioskRateLimiter>();
        services.AddSingleton<KioskIssuer>();
        services.TryAddSingleton<Bookings.BookingGuard>();
        services.AddHttpContextAccessor();
        return services;
    }

    // Thermal rolls come in two widths; any other number was a typo that used to print on the wider one.
    private static string? PaperWidths(KioskOptions options)
    {
        static bool Known(int width) => width is 58 or 80;
        if (!Known(options.PaperWidth))
        {
            return $"{KioskOptions.Section}:{nameof(KioskOptions.PaperWidth)} must be 58 or 80 (it is {options.PaperWidth}).";
        }

        var device = options.Devices.FirstOrDefault(d => d.Value.PaperWidth is { } width && !Known(width));
        return device.Value is null
            ? null
            : $"{KioskOptions.Section}:{nameof(KioskOptions.Devices)}:{device.Key}:{nameof(KioskDeviceOptions.PaperWidth)} must be 58 or 80 (it is {device.Value.PaperWidth}).";
    }
}
