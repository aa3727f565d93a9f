using System.Globalization;
using System.Text;

namespace MppQueue.Bench.HubFanout;

public sealed record FanoutResult(int Clients, int Rounds, IReadOnlyList<double> SamplesMs, IReadOnlyList<double> RoundMaximaMs)
{
    public string Report()
    {
        var sorted = SamplesMs.Order().ToArray();
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Hub fan-out: {Clients} clients (WebSockets, loopback, same process as the server), {Rounds} calls, {sorted.Length} deliveries");
        text.AppendLine(c, $"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        text.AppendLine(c, $"Latency from CallNext returning to a client's Called handler (ms):");
        text.AppendLine(c, $"  p50 {Percentile(sorted, 0.50):F2}  p90 {Percentile(sorted, 0.90):F2}  p99 {Percentile(sorted, 0.99):F2}  max {sorted[^1]:F2}  min {sorted[0]:F2}");
        text.AppendLine(c, $"Slowest client per call (ms): p50 {Percentile([.. RoundMaximaMs.Order()], 0.50):F2}  max {RoundMaximaMs.Max():F2}");
        return text.ToString();
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
