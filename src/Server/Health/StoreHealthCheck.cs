using Microsoft.Extensions.Diagnostics.HealthChecks;
using MppQueue.Core;

namespace MppQueue.Server.Health;

/// <summary>Healthy when the store answers a real read (the site's configuration); a read that throws is unhealthy too.</summary>
public sealed class StoreHealthCheck(IQueueStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.LoadCatalog() is null
            ? HealthCheckResult.Unhealthy("The store has no site configuration.")
            : HealthCheckResult.Healthy());
}
