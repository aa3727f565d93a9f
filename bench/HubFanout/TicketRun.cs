using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MppQueue.Bench;
using MppQueue.Core;

namespace MppQueue.Bench.HubFanout;

/// <summary>
/// Issues one ticket per phone, opens the phones in a child process, measures the server's memory before and after
/// they are all following their tickets, then calls tickets one at a time at every desk in turn and times how long
/// each call takes to reach the called ticket's own phone.
/// </summary>
public static class TicketRun
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);

    public static async Task<TicketResult> RunAsync(BenchHost host, int pages, int calls)
    {
        ArgumentNullException.ThrowIfNull(host);
        var engine = host.Engine;
        var tokens = SpreadTickets.Issue(engine, pages).Select(t => t.Token).ToList();
        var tokensFile = Path.GetTempFileName();
        await File.WriteAllLinesAsync(tokensFile, tokens);

        var before = ServerMemory.Measure();
        var heard = new ConcurrentDictionary<string, TaskCompletionSource<long>>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var phones = StartPhones(host.Address, tokensFile);
        phones.OutputDataReceived += (_, e) =>
        {
            if (e.Data == "READY")
            {
                ready.TrySetResult();
            }
            else if (e.Data?.Split(' ') is ["CALLED", var number, var at])
            {
                Heard(heard, number).TrySetResult(long.Parse(at, CultureInfo.InvariantCulture));
            }
        };
        phones.BeginOutputReadLine();
        var connectWatch = Stopwatch.StartNew();
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var connectSeconds = connectWatch.Elapsed.TotalSeconds;

        // Let the connections settle (buffers, the first keep-alives) before the memory is read.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var open = ServerMemory.Measure();

        var desks = engine.Catalog.Desks.Values.Where(d => d.Active).OrderBy(d => d.Number).ToList();
        var samples = new List<double>(calls);
        var idle = 0;
        for (var i = 0; samples.Count < calls && idle < desks.Count; i++)
        {
            var desk = desks[i % desks.Count];
            Ticket called;

            // From the officer's press: the engine publishes inside the move, so a phone can hear it before CallNext returns.
            var pressedAt = Stopwatch.GetTimestamp();
            try
            {
                called = engine.CallNext(desk.Id);
            }
            catch (QueueException)
            {
                // Nothing waiting for this desk any more.
                idle++;
                continue;
            }

            idle = 0;
            var receivedAt = await Heard(heard, called.Number.ToString()).Task.WaitAsync(_patience);
            samples.Add(Stopwatch.GetElapsedTime(pressedAt, receivedAt).TotalMilliseconds);
            engine.Finish(desk.Id, called.Id);
        }

        var after = ServerMemory.Measure();
        phones.StandardInput.Close();
        await phones.WaitForExitAsync();
        File.Delete(tokensFile);
        return new TicketResult(tokens.Count, connectSeconds, samples, before, open, after);
    }

    private static TaskCompletionSource<long> Heard(ConcurrentDictionary<string, TaskCompletionSource<long>> heard, string number) =>
        heard.GetOrAdd(number, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static Process StartPhones(Uri address, string tokensFile)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.FileName = self;
            info.ArgumentList.Add(typeof(TicketRun).Assembly.Location);
        }
        else
        {
            info.FileName = self;
        }

        info.ArgumentList.Add("phones");
        info.ArgumentList.Add(address.ToString());
        info.ArgumentList.Add(tokensFile);
        return Process.Start(info) ?? throw new InvalidOperationException("The phones' process did not start.");
    }
}
