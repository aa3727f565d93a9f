using MppQueue.Core;

namespace MppQueue.Server.Hosting;

/// <summary>
/// Runs the hosted service <typeparamref name="TService"/> only while this node holds the <see cref="ILeaderLease"/>:
/// background work that must happen once per site, not once per node. Each term gets a new instance, started when the
/// lease is won and stopped when it is lost or the host stops. In a single process the lease is held from the start,
/// so the service runs as it always did.
/// </summary>
public sealed class LeaderOnly<TService>(ILeaderLease lease, IServiceProvider services, ILogger<LeaderOnly<TService>> logger) : BackgroundService
    where TService : class, IHostedService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            CancellationToken term;
            try
            {
                term = await lease.AcquireAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var work = ActivatorUtilities.CreateInstance<TService>(services);
            using var until = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, term);
            await work.StartAsync(stoppingToken);
            try
            {
                await Task.Delay(Timeout.Infinite, until.Token);
            }
            catch (OperationCanceledException)
            {
                // The term ended (lease lost) or the host is stopping.
            }

            await work.StopAsync(CancellationToken.None);
            (work as IDisposable)?.Dispose();
            if (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("This node lost the leader lease: {Service} stops here until it holds the lease again.", typeof(TService).Name);
            }
        }
    }
}
