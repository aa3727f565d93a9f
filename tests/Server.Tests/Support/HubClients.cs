using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using MppQueue.Server.Hubs;

namespace MppQueue.Server.Tests.Support;

public static class HubClients
{
    /// <summary>A .NET SignalR client on the in-memory test server (long polling through the test handler).</summary>
    public static HubConnection CreateHubConnection(this MppQueueFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, QueueHub.Path.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
            })
            .Build();
    }
}
