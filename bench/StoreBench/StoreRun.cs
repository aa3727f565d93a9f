using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Bench;

/// <summary>
/// One configuration's run: kiosk threads issue the tickets (each kiosk on node k mod nodes), then desk threads call
/// next and finish until the queue is empty (each desk on node d mod nodes); both timed per move through the engine.
/// </summary>
internal static class StoreRun
{
    public static string Measure(string name, IReadOnlyList<QueueEngine> nodes, IReadOnlyList<string> services, int tickets, int kiosks, int desks)
    {
        WarmUp(nodes, services);

        var issued = new ConcurrentBag<Ticket>();
        var issueLatency = new Latencies();
        var issueWall = Stopwatch.StartNew();
        RunAll(Enumerable.Range(0, kiosks).Select(k => (Action)(() =>
        {
            var engine = nodes[k % nodes.Count];
            for (var i = k; i < tickets; i += kiosks)
            {
                var started = Stopwatch.GetTimestamp();
                issued.Add(engine.Issue(new IssueRequest(services[i % services.Count], i % 10 == 0 ? PriorityGroup.Elderly : PriorityGroup.None, $"kiosk-{k}")));
                issueLatency.Add(Stopwatch.GetElapsedTime(started));
            }
        })));
        issueWall.Stop();

        var calls = new ConcurrentBag<string>();
        var callLatency = new Latencies();
        var callWall = Stopwatch.StartNew();
        RunAll(Enumerable.Range(1, desks).Select(d => (Action)(() =>
            DeskLoop.CallUntilEmpty(nodes[d % nodes.Count], $"bench-{d:D2}", callLatency, called => calls.Add(called.Id)))));
        callWall.Stop();

        // Not a test, but a figure from a run that issued a number twice or called a ticket twice would be worthless.
        var numbers = issued.Select(t => t.Number.ToString()).Distinct().Count();
        var check = numbers == tickets && calls.Count == tickets && calls.Distinct().Count() == tickets
            ? "every ticket issued once and called once"
            : string.Create(CultureInfo.InvariantCulture, $"WRONG: {numbers} distinct numbers, {calls.Count} calls of {calls.Distinct().Count()} tickets, {tickets} issued");
        return $"{name}: {issueLatency.Report($"issue ({kiosks} kiosks)", issueWall.Elapsed)} | {callLatency.Report($"call-next ({desks} desks, each followed by finish)", callWall.Elapsed)} | {check}";
    }

    /// <summary>
    /// Every site's kiosk threads (<paramref name="kiosks"/> per site) issue <paramref name="ticketsPerSite"/> tickets at
    /// its own engine, all sites at once; each issue timed, and the throughput counted over all sites together.
    /// </summary>
    public static string MeasureSites(string name, IReadOnlyList<QueueEngine> sites, IReadOnlyList<string> services, int ticketsPerSite, int kiosks)
    {
        WarmUp(sites, services);

        var issued = sites.Select(_ => new ConcurrentBag<Ticket>()).ToList();
        var latency = new Latencies();
        var cpu = MachineCpu.Now();
        var wall = Stopwatch.StartNew();
        RunAll(Enumerable.Range(0, sites.Count * kiosks).Select(t => (Action)(() =>
        {
            var site = t / kiosks;
            var k = t % kiosks;
            for (var i = k; i < ticketsPerSite; i += kiosks)
            {
                var started = Stopwatch.GetTimestamp();
                issued[site].Add(sites[site].Issue(new IssueRequest(services[i % services.Count], PriorityGroup.None, $"kiosk-{k}")));
                latency.Add(Stopwatch.GetElapsedTime(started));
            }
        })));
        wall.Stop();
        var spent = MachineCpu.Now().PerOpSince(cpu, sites.Count * ticketsPerSite);

        var wrong = issued.Count(bag => bag.Select(t => t.Number.ToString()).Distinct().Count() != ticketsPerSite);
        var check = wrong == 0
            ? "every site's tickets numbered once each"
            : string.Create(CultureInfo.InvariantCulture, $"WRONG: {wrong} sites issued a number twice");
        return $"{name}: {latency.Report($"issue ({sites.Count} sites x {kiosks} kiosks, {sites.Count * ticketsPerSite} tickets)", wall.Elapsed)}; {spent} | {check}";
    }

    /// <summary>A few moves on every node first, so that the timed moves find the code compiled and the pools open.</summary>
    private static void WarmUp(IReadOnlyList<QueueEngine> nodes, IReadOnlyList<string> services)
    {
        foreach (var engine in nodes)
        {
            for (var i = 0; i < 10; i++)
            {
                engine.Issue(new IssueRequest(services[i % services.Count]));
                var called = engine.CallNext("bench-01");
                engine.Finish("bench-01", called.Id);
            }
        }
    }

    private static void RunAll(IEnumerable<Action> work)
    {
        var errors = new ConcurrentBag<Exception>();
        var threads = work.Select(w => new Thread(() =>
        {
            try
            {
                w();
            }
#pragma warning disable CA1031 // Whatever a thread hits is rethrown on the main thread below.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors.Add(ex);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (!errors.IsEmpty)
        {
            throw new AggregateException(errors);
        }
    }
}
