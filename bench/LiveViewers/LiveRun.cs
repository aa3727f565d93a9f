using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Display.Live;

namespace MppQueue.Bench.LiveViewers;

/// <summary>
/// Opens the viewers in a child process, measures the server's memory before and after they are all connected, then
/// has a desk call a ticket every second (and finish it half a second later, as the desks go round) and times each
/// call from the officer's press to its arrival at every viewer.
/// </summary>
public static class LiveRun
{
    public static async Task<LiveResult> RunAsync(BenchHost host, int viewers, int calls)
    {
        ArgumentNullException.ThrowIfNull(host);
        var engine = host.Engine;
        SpreadTickets.Issue(engine, calls + 40);
        var feed = host.Services.GetRequiredService<LiveFeed>();
        var resultsFile = Path.GetTempFileName();

        var before = ServerMemory.Measure();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var child = StartViewers(host.Address, viewers, resultsFile);
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data == "READY")
            {
                ready.TrySetResult();
            }
        };
        child.BeginOutputReadLine();
        var connectWatch = Stopwatch.StartNew();
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var connectSeconds = connectWatch.Elapsed.TotalSeconds;

        // Let the connections settle (buffers, a first heartbeat) before the memory is read.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var open = ServerMemory.Measure();

        var desks = engine.Catalog.Desks.Values.Where(d => d.Active).OrderBy(d => d.Number).ToList();
        var pressed = new List<(long Sequence, long At)>(calls);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        using var beat = new PeriodicTimer(TimeSpan.FromSeconds(1));
        for (var i = 0; pressed.Count < calls && i < calls * desks.Count; i++)
        {
            var desk = desks[i % desks.Count];
            if (engine.Snapshot.NextFor(desk) is null)
            {
                continue;
            }

            await beat.WaitForNextTickAsync();
            var at = Stopwatch.GetTimestamp();
            var called = engine.CallNext(desk.Id);
            pressed.Add((called.LastSequence, at));
            await Task.Delay(500);
            engine.Finish(desk.Id, called.Id);
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        var seconds = wall.Elapsed.TotalSeconds;
        var after = ServerMemory.Measure();
        child.StandardInput.Close();
        await child.WaitForExitAsync();

        var samples = new List<double>(pressed.Count * viewers);
        var missed = 0;
        var messages = 0L;
        foreach (var line in await File.ReadAllLinesAsync(resultsFile))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            var heard = Enumerable.Range(0, parts.Length / 2).Select(k => (Id: parts[2 * k], At: parts[(2 * k) + 1])).ToList();
            messages += heard.Count;
            foreach (var (sequence, at) in pressed)
            {
                var first = heard.FirstOrDefault(h => h.Id >= sequence);
                if (first.At == 0)
                {
                    missed++;
                    continue;
                }

                samples.Add(Stopwatch.GetElapsedTime(at, first.At).TotalMilliseconds);
            }
        }

        File.Delete(resultsFile);
        return new LiveResult(viewers, pressed.Count, connectSeconds, samples, missed, messages, feed.Current.Indonesian.Length, cpu.TotalMilliseconds / seconds, before, open, after);
    }

    private static Process StartViewers(Uri address, int viewers, string resultsFile)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var info = new ProcessStartInfo
        {
            FileName = self,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(LiveRun).Assembly.Location);
        }

        info.ArgumentList.Add("viewers");
        info.ArgumentList.Add(address.ToString());
        info.ArgumentList.Add(viewers.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(resultsFile);
        return Process.Start(info) ?? throw new InvalidOperationException("The viewers' process did not start.");
    }
}
