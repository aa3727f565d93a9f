using System.Globalization;
using System.Text;

namespace MppQueue.Bench.PhonePages;

public sealed record PhoneResult(
    int Pages, double OpenSeconds, IReadOnlyList<double> SamplesMs, int Missed, ServerMemory Before, ServerMemory Open, ServerMemory After)
{
    public string Report()
    {
        var sorted = SamplesMs.Order().ToArray();
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Phone pages: {Pages} ticket pages (/t/{{token}}, Blazor Server circuits) open at once in Chromium at 390x844, loopback");
        text.AppendLine(c, $"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}; Chromium runs on the same cores");
        text.AppendLine(c, $"All {Pages} pages interactive in {OpenSeconds:F1} s");
        if (sorted.Length > 0)
        {
            text.AppendLine(c, $"{sorted.Length} calls (missed: {Missed}); from the officer's press to the called notice on that ticket's page (ms, 1 ms clock):");
            text.AppendLine(c, $"  p50 {Percentile(sorted, 0.50):F0}  p90 {Percentile(sorted, 0.90):F0}  p99 {Percentile(sorted, 0.99):F0}  max {sorted[^1]:F0}  min {sorted[0]:F0}");
        }

        text.AppendLine(c, $"Server managed heap after a full GC (MB): {Mb(Before.ManagedBytes)} before, {Mb(Open.ManagedBytes)} with the pages open, {Mb(After.ManagedBytes)} after the calls");
        text.AppendLine(c, $"Server working set (MB): {Mb(Before.WorkingSetBytes)} before, {Mb(Open.WorkingSetBytes)} with the pages open, {Mb(After.WorkingSetBytes)} after the calls");
        text.AppendLine(c, $"Per open page (circuit): {Kb(Open.ManagedBytes - Before.ManagedBytes)} KB managed, {Kb(Open.WorkingSetBytes - Before.WorkingSetBytes)} KB working set");
        return text.ToString();

        string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", c);
        string Kb(long bytes) => (bytes / 1024.0 / Math.Max(1, Pages)).ToString("F1", c);
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
