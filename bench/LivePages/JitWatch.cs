using System.Globalization;

namespace MppQueue.Bench.LivePages;

/// <summary>
/// The CPU time of a process's tiered-compilation thread (".NET Tiered Com" in <c>/proc/PID/task/*/comm</c>): the
/// runtime compiling hot methods again, optimised, in the background. A server that has just started spends a large
/// share of its CPU there for minutes (a method is compiled up to four times on its way to the optimised tier), which
/// is start-up cost, not the cost of a move. The thread ends when it has been idle a few seconds and is made again
/// when needed, so it is read every quarter second and each thread's last reading is kept after it has gone.
/// </summary>
public sealed class JitWatch : IAsyncDisposable
{
    private const string ThreadName = ".NET Tiered Com";
    private static readonly double _secondsPerTick = 1.0 / 100; // USER_HZ, 100 on Linux
    private readonly int _processId;
    private readonly Dictionary<int, long> _ticksByThread = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;

    public JitWatch(int processId)
    {
        _processId = processId;
        _polling = PollAsync();
    }

    /// <summary>The tiered-compilation threads' CPU time so far (utime + stime).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            lock (_ticksByThread)
            {
                Read();
                return TimeSpan.FromSeconds(_ticksByThread.Values.Sum() * _secondsPerTick);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task PollAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (await timer.WaitForNextTickAsync(_stop.Token))
        {
            lock (_ticksByThread)
            {
                Read();
            }
        }
    }

    private void Read()
    {
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{_processId}/task");
        }
        catch (IOException)
        {
            return; // the process has ended
        }

        foreach (var task in tasks)
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(ThreadName, StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th, stime the 15th.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                _ticksByThread[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = ticks;
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read: its last reading stays.
            }
        }
    }
}
