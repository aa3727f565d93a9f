using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using MppQueue.Server.Hubs;

namespace MppQueue.Bench.HubFanout;

/// <summary>
/// The child process of the tickets run: one hub connection per ticket token, each joined to its own ticket's group,
/// as the phone page's script does. It prints "READY" once all are joined, then "CALLED number timestamp" the
/// first time each ticket hears that it is called. Stopwatch timestamps are CLOCK_MONOTONIC on Linux, so the parent
/// can compare them with its own.
/// </summary>
public static class PhoneClients
{
    public static async Task<int> RunAsync(Uri address, string tokensFile)
    {
        ArgumentNullException.ThrowIfNull(address);
        var tokens = await File.ReadAllLinesAsync(tokensFile);
        var output = Console.Out;
        var gate = new Lock();
        var connections = new List<HubConnection>(tokens.Length);
        foreach (var token in tokens)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(address, QueueHub.Path.TrimStart('/')), o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                })
                .Build();
            var heard = 0;
            connection.On<TicketMessage>(nameof(IQueueClient.TicketUpdated), ticket =>
            {
                if (ticket.Status == "Called" && Interlocked.Exchange(ref heard, 1) == 0)
                {
                    var at = Stopwatch.GetTimestamp();
                    lock (gate)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CALLED {ticket.Number} {at}"));
                        output.Flush();
                    }
                }
            });
            connections.Add(connection);
        }

        // Small batches: a thousand handshakes at once would only measure the connect storm.
        var tokenOf = connections.Zip(tokens).ToDictionary(p => p.First, p => p.Second);
        foreach (var batch in connections.Chunk(25))
        {
            await Task.WhenAll(batch.Select(async c =>
            {
                await c.StartAsync();
                await c.InvokeAsync<TicketMessage>("JoinTicket", tokenOf[c]);
            }));
        }

        lock (gate)
        {
            output.WriteLine("READY");
            output.Flush();
        }

        // The parent closes stdin when it is done.
        await Console.In.ReadToEndAsync();
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return 0;
    }
}
