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
        text.AppendLine("  " + BenchFigures.Latencies(sorted, "F2"));
        text.AppendLine(c, $"Slowest client per call (ms): p50 {BenchFigures.Percentile([.. RoundMaximaMs.Order()], 0.50):F2}  max {RoundMaximaMs.Max():F2}");
        return text.ToString();
    }
}
