using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MppQueue.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// What only the administration pages use: the report downloads, accounts, devices, API clients, webhooks, the audit log and the home's attention list. The Core
    /// services they read (reports, survey, Command Center, catalog editor) are Core's own (AddQueueCore).
    /// </summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<Reports.ReportExport>();
        services.TryAddSingleton<People.OfficerAdministration>();
        services.TryAddSingleton<People.DeviceAdministration>();
        services.TryAddSingleton<People.ApiClientAdministration>();
        services.TryAddSingleton<People.WebhookAdministration>();
        services.TryAddSingleton<People.AuditLog>();
        services.TryAddSingleton<Home.AttentionBoard>();
        return services;
    }
}
