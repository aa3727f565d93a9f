using System.Diagnostics;
using MppQueue.Bench;
using MppQueue.Core;
using MppQueue.Storage;

// Queue benchmarks on a real LiteDB file: durable issuing, and call-next with many desks at once.
// Usage: dotnet run -c Release --project bench/QueueBench [-- tickets desks]
var tickets = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 4000;
var deskCount = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
var dir = Directory.CreateTempSubdirectory("mppqueue-bench-");
try
{
    var path = Path.Combine(dir.FullName, "bench.db");
    using var store = new LiteQueueStore(path);
    var catalog = BenchSite.Build(deskCount);
    CatalogEditor.SeedIfEmpty(store, catalog);
    var engine = new QueueEngine(store, TimeProvider.System, new QueueNotifier());
    var services = BenchSite.SharedServices(catalog);
    Console.WriteLine($"MppQueue queue benchmark: {Environment.ProcessorCount} cores, LiteDB file {path}");

    // 1. Issuing, one kiosk after another: each ticket is committed to the file before Issue returns.
    var issueLatency = new Latencies();
    var wall = Stopwatch.StartNew();
    for (var i = 0; i < tickets; i++)
    {
        var started = Stopwatch.GetTimestamp();
        engine.Issue(new IssueRequest(services[i % services.Count], i % 10 == 0 ? PriorityGroup.Elderly : PriorityGroup.None));
        issueLatency.Add(Stopwatch.GetElapsedTime(started));
    }

    Console.WriteLine(issueLatency.Report("issue (1 thread, durable)", wall.Elapsed));

    // 2. Issuing from 8 kiosks at once.
    var parallelIssue = new Latencies();
    wall.Restart();
    Parallel.For(0, tickets, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
    {
        var started = Stopwatch.GetTimestamp();
        engine.Issue(new IssueRequest(services[i % services.Count]));
        parallelIssue.Add(Stopwatch.GetElapsedTime(started));
    });
    Console.WriteLine(parallelIssue.Report("issue (8 threads, durable)", wall.Elapsed));

    // 3. All desks call next (then finish) concurrently until the queue is empty.
    var callLatency = new Latencies();
    wall.Restart();
    var desks = Enumerable.Range(1, deskCount).Select(n => $"bench-{n:D2}").ToArray();
    var threads = desks.Select(desk => new Thread(() => DeskLoop.CallUntilEmpty(engine, desk, callLatency))).ToList();
    threads.ForEach(t => t.Start());
    threads.ForEach(t => t.Join());
    Console.WriteLine(callLatency.Report($"call-next ({deskCount} desks concurrently, each followed by finish)", wall.Elapsed));
    Console.WriteLine($"data file: {new FileInfo(path).Length / 1024} KiB for {tickets * 2} tickets");
}
finally
{
    dir.Delete(recursive: true);
}
