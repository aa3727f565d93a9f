using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MppQueue.Core;

namespace MppQueue.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>What the administration pages need beyond the engine and the stores.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The index page and its export read the survey's responses; the ticket page may register the same service.
        services.TryAddSingleton<SurveyService>();

        // Reports read rollups of finished days and the engine's today (docs/adr/0011-report-rollups.md).
        services.TryAddSingleton<ReportService>();
        services.TryAddSingleton<Reports.ReportExport>();

        // Accounts, devices, the audit log (people pages); the host registers the same hasher for signing in.
        services.TryAddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Officer>, Microsoft.AspNetCore.Identity.PasswordHasher<Officer>>();
        services.TryAddSingleton<People.OfficerAdministration>();
        services.TryAddSingleton<People.DeviceAdministration>();
        services.TryAddSingleton<People.AuditLog>();

        // Configuration of the building: one editor, so that its checks and writes run one at a time.
        services.TryAddSingleton<CatalogEditor>();

        // The Command Center: alert thresholds from "MppQueue:Command" (CommandOptions), when the host has a configuration.
        services.AddOptions<CommandOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            if (provider.GetService<Microsoft.Extensions.Configuration.IConfiguration>() is { } configuration)
            {
                Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(CommandOptions.Section), options);
            }
        });
        services.TryAddSingleton(provider => new CommandCenter(
            provider.GetRequiredService<QueueEngine>(),
            provider.GetRequiredService<ScreenRegistry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CommandOptions>>().Value));
        return services;
    }
}
