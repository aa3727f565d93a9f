using System.Globalization;
using System.Text;

namespace MppQueue.Bench.LiveViewers;

public sealed record LiveResult(
    int Viewers,
    int Calls,
    double ConnectSeconds,
    IReadOnlyList<double> SamplesMs,
    int Missed,
    long Messages,
    int FrameBytes,
    double ServerCpuMsPerSecond,
    ServerMemory Before,
    ServerMemory Open,
    ServerMemory After)
{
    public string Report()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"/live viewers: {Viewers} event streams (HTTP/1.1, text/event-stream, in a child process, loopback), as the page's EventSource opens them");
        text.AppendLine(c, $"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}, open files limit: see `ulimit -n` (each side needs one per viewer)");
        text.AppendLine(c, $"All {Viewers} connected and had their first event in {ConnectSeconds:F1} s");
        text.AppendLine(c, $"{Calls} calls, one a second (each finished half a second later); one event is {FrameBytes} bytes; {Messages} events received in all ({(double)Messages / Math.Max(1, Viewers):F0} per viewer)");
        text.AppendLine(c, $"From CallNext being called (the officer's press) to each viewer receiving it, {SamplesMs.Count} samples, {Missed} never received (ms):");
        text.AppendLine("  " + BenchFigures.Latencies(SamplesMs, "F1"));
        text.AppendLine(c, $"Server CPU during the calls: {ServerCpuMsPerSecond:F0} ms per second (of {Environment.ProcessorCount * 1000})");
        BenchFigures.AppendMemory(text, Before, Open, After, Viewers, "viewer (event stream)");
        return text.ToString();
    }
}
