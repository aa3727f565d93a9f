using System.Diagnostics;
using System.Globalization;

namespace MppQueue.Bench;

/// <summary>
/// The CPU time the whole machine (from /proc/stat) and this process spent between two readings: on one machine with
/// PostgreSQL beside the benchmark, the difference is mostly the database server's.
/// </summary>
internal readonly record struct MachineCpu(TimeSpan Machine, TimeSpan Process)
{
    public static MachineCpu Now()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // cpu user nice system idle iowait irq softirq steal: everything but idle and iowait was work.
        var c = CultureInfo.InvariantCulture;
        var busy = long.Parse(fields[1], c) + long.Parse(fields[2], c) + long.Parse(fields[3], c)
            + long.Parse(fields[6], c) + long.Parse(fields[7], c) + long.Parse(fields[8], c);

        // The kernel counts in clock ticks of 1/100 s (USER_HZ) on every Linux this runs on.
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return new(TimeSpan.FromMilliseconds(busy * 10.0), self.TotalProcessorTime);
    }

    /// <summary>"machine CPU x ms per op (this process y ms, the rest z ms)" for <paramref name="ops"/> operations since <paramref name="start"/>.</summary>
    public string PerOpSince(MachineCpu start, int ops)
    {
        var machine = (Machine - start.Machine).TotalMilliseconds / ops;
        var process = (Process - start.Process).TotalMilliseconds / ops;
        return string.Create(CultureInfo.InvariantCulture, $"machine CPU {machine:F2} ms per ticket (this process {process:F2} ms, the rest, PostgreSQL's, {machine - process:F2} ms)");
    }
}
