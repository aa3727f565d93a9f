using System.Globalization;
using System.Text;

namespace MppQueue.Bench;

/// <summary>How the benchmarks print latencies and the server's memory per open page.</summary>
public static class BenchFigures
{
    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>"p50 … p90 … p99 … max … min …" with the given number format.</summary>
    public static string Latencies(IEnumerable<double> samples, string format)
    {
        var sorted = samples.Order().ToArray();
        var c = CultureInfo.InvariantCulture;
        return sorted.Length == 0
            ? "no samples"
            : string.Create(c, $"p50 {Percentile(sorted, 0.50).ToString(format, c)}  p90 {Percentile(sorted, 0.90).ToString(format, c)}  p99 {Percentile(sorted, 0.99).ToString(format, c)}  max {sorted[^1].ToString(format, c)}  min {sorted[0].ToString(format, c)}");
    }

    /// <summary>The server's memory before the pages, with them open and after the calls, and the cost of one page.</summary>
    public static void AppendMemory(StringBuilder text, ServerMemory before, ServerMemory open, ServerMemory after, int pages, string page)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(after);
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Server managed heap after a full GC (MB): {Mb(before.ManagedBytes)} before, {Mb(open.ManagedBytes)} with the pages open, {Mb(after.ManagedBytes)} after the calls");
        text.AppendLine(c, $"Server working set (MB): {Mb(before.WorkingSetBytes)} before, {Mb(open.WorkingSetBytes)} with the pages open, {Mb(after.WorkingSetBytes)} after the calls");
        text.AppendLine(c, $"Per open {page}: {Kb(open.ManagedBytes - before.ManagedBytes)} KB managed, {Kb(open.WorkingSetBytes - before.WorkingSetBytes)} KB working set");

        string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", c);
        string Kb(long bytes) => (bytes / 1024.0 / Math.Max(1, pages)).ToString("F1", c);
    }
}
