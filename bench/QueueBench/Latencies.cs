using System.Globalization;

namespace MppQueue.Bench;

/// <summary>Collects latencies and prints throughput with p50/p99/max and the ratio p99/p50.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];
    private readonly Lock _gate = new();

    public void Add(TimeSpan elapsed)
    {
        lock (_gate)
        {
            _ms.Add(elapsed.TotalMilliseconds);
        }
    }

    public string Report(string what, TimeSpan wall)
    {
        var sorted = _ms.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var perSecond = sorted.Length / wall.TotalSeconds;
        var p50 = At(0.50);
        var p99 = At(0.99);

        // The engine rewrite's target is a p99 within 5x of the p50 (issue 13): print the ratio beside them.
        var ratio = p50 > 0 ? (p99 / p50).ToString("F1", CultureInfo.InvariantCulture) + "x" : "-";
        return string.Create(CultureInfo.InvariantCulture, $"{what}: {sorted.Length} ops in {wall.TotalSeconds:F2} s = {perSecond:F0} ops/s; latency p50 {p50:F3} ms, p99 {p99:F3} ms, max {sorted.LastOrDefault():F3} ms, p99/p50 {ratio}");
    }
}
