using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using MppQueue.Bench;
using MppQueue.Core;
using MppQueue.Server.Hubs;

namespace MppQueue.Bench.HubFanout;

/// <summary>Connects the clients, makes the calls, and collects one latency per client per call.</summary>
public static class FanoutRun
{
    private const string ZoneId = "zona-1";
    private const string ServiceId = "ktp-el";
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);

    public static async Task<FanoutResult> RunAsync(BenchHost host, int clientCount, int rounds, int warmupRounds)
    {
        ArgumentNullException.ThrowIfNull(host);
        var engine = host.Engine;
        var desk = engine.Catalog.Desks.Values.Where(d => d.ServiceIds.Contains(ServiceId)).OrderBy(d => d.Number).First();
        Round? current = null;
        var connections = new List<HubConnection>(clientCount);
        try
        {
            for (var i = 0; i < clientCount; i++)
            {
                var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(host.Address, QueueHub.Path.TrimStart('/')), o =>
                    {
                        o.Transports = HttpTransportType.WebSockets;
                        o.SkipNegotiation = true;
                    })
                    .Build();
                var index = i;
                connection.On<CallMessage>(nameof(IQueueClient.Called), call => Volatile.Read(ref current)?.Receive(index, call.Number));
                connections.Add(connection);
            }

            // Connect in small batches: 200 handshakes at once only measure the connect storm.
            foreach (var batch in connections.Chunk(20))
            {
                await Task.WhenAll(batch.Select(async c =>
                {
                    await c.StartAsync();
                    await c.InvokeAsync<ZoneMessage>("JoinZone", ZoneId);
                }));
            }

            var samples = new List<double>(clientCount * rounds);
            var maxima = new List<double>(rounds);
            for (var r = 0; r < warmupRounds + rounds; r++)
            {
                var ticket = engine.Issue(new IssueRequest(ServiceId));
                var round = new Round(ticket.Number.ToString(), clientCount);
                Volatile.Write(ref current, round);
                engine.CallNext(desk.Id);
                round.MarkCallReturned();
                if (!round.AllReceived.Wait(_patience))
                {
                    throw new TimeoutException($"Only {clientCount - round.AllReceived.CurrentCount} of {clientCount} clients heard {round.Number}.");
                }

                engine.Finish(desk.Id, ticket.Id);
                if (r >= warmupRounds)
                {
                    var latencies = round.LatenciesMs();
                    samples.AddRange(latencies);
                    maxima.Add(latencies.Max());
                }

                round.AllReceived.Dispose();
            }

            return new FanoutResult(clientCount, rounds, samples, maxima);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class Round(string number, int clients)
    {
        private readonly long[] _receivedAt = new long[clients];
        private long _returnedAt;

        public string Number { get; } = number;

        public CountdownEvent AllReceived { get; } = new(clients);

        public void MarkCallReturned() => Volatile.Write(ref _returnedAt, Stopwatch.GetTimestamp());

        public void Receive(int client, string number)
        {
            if (number == Number && Interlocked.CompareExchange(ref _receivedAt[client], Stopwatch.GetTimestamp(), 0) == 0)
            {
                AllReceived.Signal();
            }
        }

        public double[] LatenciesMs()
        {
            var returned = Volatile.Read(ref _returnedAt);
            return [.. _receivedAt.Select(at => Stopwatch.GetElapsedTime(returned, at).TotalMilliseconds)];
        }
    }
}
