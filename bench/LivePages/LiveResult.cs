using System.Globalization;
using System.Text;

namespace MppQueue.Bench.LivePages;

public sealed record PageCounts(int Walls, int Consoles, int Kiosks, int Phones)
{
    public int Total => Walls + Consoles + Kiosks + Phones;
}

/// <summary>What one side measured: pages, idle cost, the moves and their latencies, CPU and memory.</summary>
public sealed record LiveResult(
    string Name,
    PageCounts Pages,
    double OpenSeconds,
    double IdleCpuPerSecond,
    int WarmUpMoves,
    IReadOnlyList<MoveSample> Samples,
    double MovesSeconds,
    double MovesCpuSeconds,
    double MovesJitCpuSeconds,
    ProcessMemory Before,
    ProcessMemory Open,
    ProcessMemory After,
    double PaceSeconds,
    int PaceOverran)
{
    private static readonly CultureInfo _c = CultureInfo.InvariantCulture;

    public int Missed => Samples.Count(s => s.Missed);

    public double CpuMsPerMove => Samples.Count == 0 ? 0 : MovesCpuSeconds * 1000 / Samples.Count;

    /// <summary>Of <see cref="CpuMsPerMove"/>, the runtime compiling hot methods again in the background.</summary>
    public double JitMsPerMove => Samples.Count == 0 ? 0 : MovesJitCpuSeconds * 1000 / Samples.Count;

    /// <summary>
    /// How long a move took the benchmark, the wait for every page included: the idle rate's share of
    /// <see cref="CpuMsPerMove"/> grows with it, so it is shown beside it.
    /// </summary>
    public double SecondsPerMove => Samples.Count == 0 ? 0 : MovesSeconds / Samples.Count;

    public IReadOnlyList<double> ShownEverywhere(MoveKind? kind = null) =>
        [.. Samples.Where(s => (kind is null || s.Kind == kind) && !s.Missed).Select(s => s.ShownEverywhereMs!.Value)];

    /// <summary>Per call, from the press until the last wall screen of the desk's zone showed the number.</summary>
    public IReadOnlyList<double> CallToAllWalls =>
        [.. Samples.Where(s => s.Kind == MoveKind.Call && s.Of("wall").Any()).Select(s => s.Of("wall").Max())];

    public IReadOnlyList<double> Seen(MoveKind kind, string observer) =>
        [.. Samples.Where(s => s.Kind == kind).SelectMany(s => s.Of(observer))];

    public string Report()
    {
        var text = new StringBuilder();
        var p = Pages;
        text.AppendLine(_c, $"== {Name} ==");
        text.AppendLine(_c, $"pages open: {p.Walls} zone wall screens (1920x1080), {p.Consoles} counter consoles (1920x1080, an officer signed in at each desk), {p.Kiosks} kiosk start pages (1080x1920), {p.Phones} phone ticket pages (390x844) = {p.Total}, opened in {OpenSeconds:F0} s");
        text.AppendLine(_c, $"warm-up: {WarmUpMoves} moves, unmeasured, until the runtime's compiling took under 3 % of the server's CPU");
        text.AppendLine(_c, $"idle, every page open, no moves (after the warm-up): {IdleCpuPerSecond * 1000:F0} ms server CPU per second");
        text.AppendLine(_c, $"moves: {Samples.Count} in {MovesSeconds:F0} s ({string.Join(", ", Enum.GetValues<MoveKind>().Select(k => $"{Samples.Count(s => s.Kind == k)} {k.ToString().ToLowerInvariant()}"))}); missed (not shown within the timeout): {Missed}");
        if (PaceSeconds > 0)
        {
            text.AppendLine(_c, $"pace: each measured move started {PaceSeconds:F2} s after the one before, at the earliest; {PaceOverran} moves came late because the one before took longer");
        }

        text.AppendLine(_c, $"server CPU: {MovesCpuSeconds:F1} s over the moves = {CpuMsPerMove:F1} ms per move (the open pages' periodic work included: see the idle rate), of which the runtime's compiling {JitMsPerMove:F1} ms");
        foreach (var missed in Samples.Where(s => s.Missed))
        {
            var notSeen = missed.Sightings.Count == 0 ? "no page to watch (the move failed)" : string.Join(", ", missed.Sightings.Where(s => s.Ms is null).Select(s => s.Observer));
            text.AppendLine(_c, $"  missed: {missed.Kind.ToString().ToLowerInvariant()} {missed.Number} at {missed.Desk}, not shown on: {notSeen}");
        }

        text.AppendLine("latency from the move (the button's click event, or the kiosk API request) to the last page showing it, ms:");
        text.AppendLine("  every move          " + BenchFigures.Latencies(ShownEverywhere(), "F0"));
        foreach (var kind in Enum.GetValues<MoveKind>())
        {
            text.AppendLine(_c, $"  {kind.ToString().ToLowerInvariant(),-19} {BenchFigures.Latencies(ShownEverywhere(kind), "F0")}");
        }

        text.AppendLine("  call -> console     " + BenchFigures.Latencies(Seen(MoveKind.Call, "console"), "F0"));
        text.AppendLine("  call -> all walls   " + BenchFigures.Latencies(CallToAllWalls, "F0") + "  (the zone's wall screens, the last of them)");
        text.AppendLine("  call -> one wall    " + BenchFigures.Latencies(Seen(MoveKind.Call, "wall"), "F0") + "  (each wall screen on its own)");
        text.AppendLine("  call -> phone       " + BenchFigures.Latencies(Seen(MoveKind.Call, "phone"), "F0"));
        text.AppendLine("  issue -> consoles   " + BenchFigures.Latencies(Seen(MoveKind.Issue, "console"), "F0") + "  (each console of a desk serving the service)");
        text.AppendLine(_c, $"server resident memory (MB): {Mb(Before.Rss)} before the pages, {Mb(Open.Rss)} with them open, {Mb(After.Rss)} after the moves, peak {Mb(After.Peak)}; {PerPageKb:F0} KB per open page");
        return text.ToString();
    }

    public double PerPageKb => (Open.Rss - Before.Rss) / 1024.0 / Math.Max(1, Pages.Total);

    /// <summary>The sides next to each other, one column each.</summary>
    public static string Table(IReadOnlyList<LiveResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<(string, Func<LiveResult, string>)>
        {
            ("pages opened (walls/consoles/kiosks/phones)", r => $"{r.Pages.Total} ({r.Pages.Walls}/{r.Pages.Consoles}/{r.Pages.Kiosks}/{r.Pages.Phones})"),
            ("moves (missed)", r => $"{r.Samples.Count} ({r.Missed})"),
            ("warm-up moves", r => r.WarmUpMoves.ToString(_c)),
            ("seconds per move (the bench's pace)", r => F(r.SecondsPerMove, "F2")),
            ("  moves over the --pace (0 if none set)", r => r.PaceOverran.ToString(_c)),
            ("server CPU per move, ms", r => F(r.CpuMsPerMove)),
            ("  of which compiling, ms", r => F(r.JitMsPerMove)),
            ("server CPU idle, ms per s", r => F(r.IdleCpuPerSecond * 1000, "F0")),
            ("move shown everywhere p50, ms", r => Q(r.ShownEverywhere(), 0.50)),
            ("move shown everywhere p99, ms", r => Q(r.ShownEverywhere(), 0.99)),
            ("call -> all walls p50, ms", r => Q(r.CallToAllWalls, 0.50)),
            ("call -> all walls p99, ms", r => Q(r.CallToAllWalls, 0.99)),
            ("call -> phone p50, ms", r => Q(r.Seen(MoveKind.Call, "phone"), 0.50)),
            ("call -> phone p99, ms", r => Q(r.Seen(MoveKind.Call, "phone"), 0.99)),
            ("server RSS before pages, MB", r => Mb(r.Before.Rss)),
            ("server RSS pages open, MB", r => Mb(r.Open.Rss)),
            ("server RSS after moves, MB", r => Mb(r.After.Rss)),
            ("server RSS peak, MB", r => Mb(r.After.Peak)),
            ("server RSS per open page, KB", r => F(r.PerPageKb, "F0")),
        };
        var width = rows.Max(r => r.Item1.Length) + 2;
        var column = Math.Max(12, results.Max(r => Math.Max(r.Name.Length, rows.Max(row => row.Item2(r).Length))) + 2);
        var text = new StringBuilder();
        text.Append("".PadRight(width));
        foreach (var result in results)
        {
            text.Append(result.Name.PadLeft(column));
        }

        text.AppendLine();
        foreach (var (label, value) in rows)
        {
            text.Append(label.PadRight(width));
            foreach (var result in results)
            {
                text.Append(value(result).PadLeft(column));
            }

            text.AppendLine();
        }

        return text.ToString();

        static string Q(IReadOnlyList<double> values, double q) => values.Count == 0 ? "-" : F(BenchFigures.Percentile([.. values.Order()], q), "F0");
    }

    private static string F(double value, string format = "F1") => value.ToString(format, _c);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", _c);
}
