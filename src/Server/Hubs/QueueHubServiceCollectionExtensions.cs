using Microsoft.AspNetCore.SignalR;

namespace MppQueue.Server.Hubs;

public static class QueueHubServiceCollectionExtensions
{
    /// <summary>The category SignalR logs every failed hub call under, as an error with its stack trace.</summary>
    private const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    /// <summary>
    /// SignalR with the <see cref="HubCallGuard"/> on every hub. SignalR's own error line per failed call is
    /// switched off (the guard logs real faults itself, and refusals briefly), so no caller can flood the log.
    /// </summary>
    public static ISignalRServerBuilder AddQueueHub(this IServiceCollection services)
    {
        services.AddSingleton<HubCallGuard>();
        services.Configure<LoggerFilterOptions>(options => options.AddFilter(DispatcherCategory, LogLevel.Critical));
        return services.AddSignalR(options => options.AddFilter<HubCallGuard>());
    }
}
