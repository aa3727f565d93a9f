using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Server.Hosting;

/// <summary>The "MppQueue:Complaints" section and the service that forwards visitors' complaints to SP4N-LAPOR! endpoints (docs/complaints.md).</summary>
public static class ComplaintSetup
{
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        const string section = ComplaintOptions.Section + ":";
        services.AddOptions<ComplaintOptions>()
            .Bind(configuration.GetSection(ComplaintOptions.Section))
            .InRange(section + nameof(ComplaintOptions.MaxAttempts), o => o.MaxAttempts, 1, 1000)
            .InRange(section + nameof(ComplaintOptions.TriesPerTicket), o => o.TriesPerTicket, 1, 1000)
            .InRange(section + nameof(ComplaintOptions.TryWindowMinutes), o => o.TryWindowMinutes, 1, 24 * 60)
            .Check(o => o.FirstRetrySeconds is < 0.01 or > 86_400 ? section + "FirstRetrySeconds must be from 0.01 to 86400." : null)
            .Check(o => o.MaxRetrySeconds < o.FirstRetrySeconds || o.MaxRetrySeconds > 86_400 ? section + "MaxRetrySeconds must be from FirstRetrySeconds to 86400." : null)
            .Check(o => o.CheckEverySeconds is < 0.01 or > 3600 ? section + "CheckEverySeconds must be from 0.01 to 3600." : null)
            .Check(o => o.TimeoutSeconds is < 0.1 or > 120 ? section + "TimeoutSeconds must be from 0.1 to 120." : null)
            .ValidateOnStart();
        services.AddSingleton(provider => new ComplaintForwarder(
            provider.GetRequiredService<QueueEngine>(),
            provider.GetRequiredService<IComplaintStore>(),
            provider.GetRequiredService<IQueueStore>(),

            // As for webhooks: redirects are not followed (an endpoint cannot send the server elsewhere with the token).
            new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            },
            provider.GetRequiredService<IOptions<ComplaintOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ComplaintForwarder>>()));
        // Once per site: on the node holding the leader lease (every node, on one process).
        services.AddHostedService<LeaderOnly<ComplaintDelivery>>();
        return services;
    }
}

/// <summary>Forwards waiting complaints while the server runs: every minute, and at once after a new one.</summary>
public sealed class ComplaintDelivery(ComplaintForwarder forwarder) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => forwarder.RunAsync(stoppingToken);
}
