using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Bench;
using MppQueue.Core;
using MppQueue.Storage;

// Moves per second on a real LiteDB file with 10 webhook subscriptions delivering to a local receiver, beside the same
// run without webhooks (both in this run, alternating), and the delivery latency from a move's commit to its arrival.
// Usage: dotnet run -c Release --project bench/WebhookBench [-- tickets subscriptions rounds]
var tickets = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 600;
var subscriptions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
Console.WriteLine($"MppQueue webhook benchmark: {Environment.ProcessorCount} cores; {tickets} tickets x 3 moves (issue, call, finish) per run, one desk after another; {subscriptions} subscriptions; {rounds} rounds");

using var receiver = new Receiver();
for (var round = 1; round <= rounds; round++)
{
    Console.WriteLine(Run($"round {round}, without webhooks", tickets, 0, receiver));
    Console.WriteLine(Run($"round {round}, with {subscriptions} webhooks", tickets, subscriptions, receiver));
}

static string Run(string what, int tickets, int subscriptions, Receiver receiver)
{
    var dir = Directory.CreateTempSubdirectory("mppqueue-webhook-bench-");
    try
    {
        using var store = new LiteQueueStore(Path.Combine(dir.FullName, "bench.db"));
        var catalog = BenchSite.Build(4);
        CatalogEditor.SeedIfEmpty(store, catalog);
        var notifier = new QueueNotifier();
        var engine = new QueueEngine(store, TimeProvider.System, notifier);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        using var webhooks = new WebhookService(store, store, http, new WebhookOptions { AllowHttp = true, AllowLoopback = true }, TimeProvider.System, NullLogger<WebhookService>.Instance);
        using var stop = new CancellationTokenSource();
        using var woken = notifier.Subscribe(_ => webhooks.JournalGrew());
        receiver.Reset();
        for (var i = 0; i < subscriptions; i++)
        {
            webhooks.Create(new WebhookRequest("bench " + i, receiver.Url.AbsoluteUri), null, null, catalog);
        }

        var running = webhooks.RunAsync(stop.Token);
        var committed = new ConcurrentDictionary<long, long>();
        var services = BenchSite.SharedServices(catalog);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < tickets; i++)
        {
            var desk = $"bench-{(i % 4) + 1:D2}";
            var ticket = engine.Issue(new IssueRequest(services[i % services.Count]));
            committed[ticket.LastSequence] = Stopwatch.GetTimestamp();
            ticket = engine.CallSpecific(desk, ticket.Id, "bench");
            committed[ticket.LastSequence] = Stopwatch.GetTimestamp();
            ticket = engine.Finish(desk, ticket.Id);
            committed[ticket.LastSequence] = Stopwatch.GetTimestamp();
        }

        var moving = wall.Elapsed;
        var expected = (long)tickets * 3 * subscriptions;
        var deadline = Stopwatch.StartNew();
        while (receiver.Count < expected && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(5);
        }

        var allDelivered = wall.Elapsed;
        stop.Cancel();
        running.GetAwaiter().GetResult();
        var moves = tickets * 3;
        var line = string.Create(CultureInfo.InvariantCulture, $"{what}: {moves} moves in {moving.TotalSeconds:F2} s = {moves / moving.TotalSeconds:F0} moves/s");
        if (subscriptions == 0)
        {
            return line;
        }

        var latencies = receiver.Arrivals
            .Where(a => committed.ContainsKey(a.Sequence))
            .Select(a => Stopwatch.GetElapsedTime(committed[a.Sequence], a.At).TotalMilliseconds)
            .Order()
            .ToArray();
        double At(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        return line + string.Create(CultureInfo.InvariantCulture, $"; {receiver.Count} of {expected} deliveries, all in {allDelivered.TotalSeconds:F2} s; latency commit -> arrival p50 {At(0.5):F1} ms, p99 {At(0.99):F1} ms, max {latencies.LastOrDefault():F1} ms");
    }
    finally
    {
        dir.Delete(recursive: true);
    }
}

/// <summary>A local HTTP receiver (HttpListener) that notes each event's sequence and when it arrived, and answers 204.</summary>
internal sealed class Receiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private ConcurrentQueue<(long Sequence, long At)> _arrivals = new();
    private int _count;

    public Receiver()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/bench/");
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        for (var i = 0; i < 16; i++)
        {
            _ = Task.Run(LoopAsync);
        }
    }

    public Uri Url { get; }

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyCollection<(long Sequence, long At)> Arrivals => _arrivals;

    public void Reset()
    {
        _arrivals = new ConcurrentQueue<(long, long)>();
        Volatile.Write(ref _count, 0);
    }

    public void Dispose() => _listener.Close();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var at = Stopwatch.GetTimestamp();
            await context.Request.InputStream.CopyToAsync(Stream.Null);
            _arrivals.Enqueue((long.Parse(context.Request.Headers["MppQueue-Sequence"]!, CultureInfo.InvariantCulture), at));
            Interlocked.Increment(ref _count);
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }
}
