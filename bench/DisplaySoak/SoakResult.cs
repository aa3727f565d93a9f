using System.Globalization;
using System.Text;

namespace MppQueue.Bench.DisplaySoak;

public sealed record SoakResult(
    SoakOptions Options,
    TimeSpan Elapsed,
    int Calls,
    int NotShown,
    int NotAnnounced,
    IReadOnlyList<TimeSpan> ShownAfter,
    IReadOnlyList<TimeSpan> AnnouncedAfter,
    IReadOnlyList<TimeSpan> AnnouncementLength,
    bool Reloaded,
    Measurement Start,
    Measurement End)
{
    public int Missed => NotShown + NotAnnounced;

    public string Report()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Display soak: {Elapsed.TotalMinutes:F1} min, a call every {Options.Every.TotalSeconds:F0} s ({Calls} calls, every fifth a recall)");
        text.AppendLine(c, $"missed calls:          {Missed} (not shown within 5 s: {NotShown}, not announced: {NotAnnounced}); page reloaded: {(Reloaded ? "yes" : "no")}");
        text.AppendLine(c, $"call to screen:        p50 {Ms(ShownAfter, 0.5)} ms, p95 {Ms(ShownAfter, 0.95)} ms, max {Ms(ShownAfter, 1)} ms (measured from the bench, includes Playwright's polling)");
        text.AppendLine(c, $"call to announcement:  p50 {Ms(AnnouncedAfter, 0.5)} ms, p95 {Ms(AnnouncedAfter, 0.95)} ms, max {Ms(AnnouncedAfter, 1)} ms (calls wait while earlier ones are spoken)");
        text.AppendLine(c, $"one announcement:      p50 {Ms(AnnouncementLength, 0.5)} ms, max {Ms(AnnouncementLength, 1)} ms (chime and clips, on the page's audio clock)");
        text.AppendLine(c, $"server managed heap:   {Start.ServerManagedMb:F1} MB -> {End.ServerManagedMb:F1} MB (after full GC)");
        text.AppendLine(c, $"server working set:    {Start.ServerWorkingSetMb:F0} MB -> {End.ServerWorkingSetMb:F0} MB");
        text.AppendLine(c, $"page JS heap (used):   {Start.JsHeapMb:F2} MB -> {End.JsHeapMb:F2} MB (after GC, CDP Runtime.getHeapUsage)");
        text.AppendLine(c, $"page DOM nodes:        {Start.DomNodes} -> {End.DomNodes}; JS event listeners {Start.JsEventListeners} -> {End.JsEventListeners}");
        return text.ToString();
    }

    private static string Ms(IReadOnlyList<TimeSpan> values, double quantile)
    {
        if (values.Count == 0)
        {
            return "-";
        }

        var sorted = values.Select(v => v.TotalMilliseconds).Order().ToList();
        var index = (int)Math.Ceiling(quantile * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)].ToString("F0", CultureInfo.InvariantCulture);
    }
}
