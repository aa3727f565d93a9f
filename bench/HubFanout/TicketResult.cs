using System.Globalization;
using System.Text;

namespace MppQueue.Bench.HubFanout;

public sealed record TicketResult(
    int Pages, double ConnectSeconds, IReadOnlyList<double> SamplesMs, ServerMemory Before, ServerMemory Open, ServerMemory After)
{
    public string Report()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Ticket pages: {Pages} phones (hub clients in a child process, each in its own ticket's group, WebSockets, loopback)");
        text.AppendLine(c, $"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        text.AppendLine(c, $"All {Pages} connected and joined in {ConnectSeconds:F1} s");
        text.AppendLine(c, $"{SamplesMs.Count} calls, one at a time across every desk; from CallNext being called (the officer's press) to the called ticket's phone hearing it (ms):");
        text.AppendLine("  " + BenchFigures.Latencies(SamplesMs, "F2"));
        BenchFigures.AppendMemory(text, Before, Open, After, Pages, "page (hub connection)");
        return text.ToString();
    }
}
