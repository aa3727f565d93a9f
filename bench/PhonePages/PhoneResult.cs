using System.Globalization;
using System.Text;

namespace MppQueue.Bench.PhonePages;

public sealed record PhoneResult(
    int Pages, double OpenSeconds, IReadOnlyList<double> SamplesMs, int Missed, ServerMemory Before, ServerMemory Open, ServerMemory After)
{
    public string Report()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Phone pages: {Pages} ticket pages (/t/{{token}}, Blazor Server circuits) open at once in Chromium at 390x844, loopback");
        text.AppendLine(c, $"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}; Chromium runs on the same cores");
        text.AppendLine(c, $"All {Pages} pages interactive in {OpenSeconds:F1} s");
        text.AppendLine(c, $"{SamplesMs.Count} calls (missed: {Missed}); from the officer's press to the called notice on that ticket's page (ms, 1 ms clock):");
        text.AppendLine("  " + BenchFigures.Latencies(SamplesMs, "F0"));
        BenchFigures.AppendMemory(text, Before, Open, After, Pages, "page (circuit)");
        return text.ToString();
    }
}
