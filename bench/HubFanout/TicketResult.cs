using System.Globalization;
using System.Text;

namespace MppQueue.Bench.HubFanout;

public sealed record TicketResult(
    int Pages, double ConnectSeconds, IReadOnlyList<double> SamplesMs, ServerMemory Before, ServerMemory Open, ServerMemory After)
{
    public string Report()
    {
        var sorted = SamplesMs.Order().ToArray();
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Ticket pages: {Pages} phones (hub clients in a child process, each in its own ticket's group, WebSockets, loopback)");
        text.AppendLine(c, $"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        text.AppendLine(c, $"All {Pages} connected and joined in {ConnectSeconds:F1} s");
        if (sorted.Length > 0)
        {
            text.AppendLine(c, $"{sorted.Length} calls, one at a time across every desk; from CallNext being called (the officer's press) to the called ticket's phone hearing it (ms):");
            text.AppendLine(c, $"  p50 {Percentile(sorted, 0.50):F2}  p90 {Percentile(sorted, 0.90):F2}  p99 {Percentile(sorted, 0.99):F2}  max {sorted[^1]:F2}  min {sorted[0]:F2}");
        }

        text.AppendLine(c, $"Server memory, managed heap after a full GC (MB): {Mb(Before.ManagedBytes)} before, {Mb(Open.ManagedBytes)} with the pages open, {Mb(After.ManagedBytes)} after the calls");
        text.AppendLine(c, $"Server memory, working set (MB): {Mb(Before.WorkingSetBytes)} before, {Mb(Open.WorkingSetBytes)} with the pages open, {Mb(After.WorkingSetBytes)} after the calls");
        text.AppendLine(c, $"Per open page: {Kb(Open.ManagedBytes - Before.ManagedBytes)} KB managed, {Kb(Open.WorkingSetBytes - Before.WorkingSetBytes)} KB working set");
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
