using Microsoft.Extensions.Diagnostics.HealthChecks;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Health;

/// <summary>On PostgreSQL: healthy while the database answers a trivial query (<see cref="PostgresProbe"/>), so a load balancer stops sending visitors to a node that cannot reach it.</summary>
public sealed class DatabaseHealthCheck(PostgresProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await probe.CanReachAsync().WaitAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(HealthAnswer.DatabaseUnreachable);
}
