using System.Globalization;

namespace MppQueue.Bench;

/// <summary>Collects latencies and prints throughput with p50/p99/max.</summary>
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
        return string.Create(CultureInfo.InvariantCulture, $"{what}: {sorted.Length} ops in {wall.TotalSeconds:F2} s = {perSecond:F0} ops/s; latency p50 {At(0.50):F3} ms, p99 {At(0.99):F3} ms, max {sorted.LastOrDefault():F3} ms");
    }
}
