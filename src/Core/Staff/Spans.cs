using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// A set of time spans kept sorted and merged, in ticks, for the staff figures' arithmetic: time on duty less pauses,
/// less time with a visitor at the desk, within the time people were waiting.
/// </summary>
public sealed class Spans
{
    private readonly ImmutableArray<(long Start, long End)> _spans;

    private Spans(ImmutableArray<(long Start, long End)> merged) => _spans = merged;

    public static Spans Empty { get; } = new([]);

    public long TotalTicks
    {
        get
        {
            long total = 0;
            foreach (var (start, end) in _spans)
            {
                total += end - start;
            }

            return total;
        }
    }

    public TimeSpan Total => TimeSpan.FromTicks(TotalTicks);

    public int Count => _spans.Length;

    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Items =>
        _spans.Select(s => (new DateTimeOffset(s.Start, TimeSpan.Zero), new DateTimeOffset(s.End, TimeSpan.Zero)));

    /// <summary>The spans given, merged where they overlap or touch; empty and reversed spans are dropped.</summary>
    public static Spans Of(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        return Merge(spans.Select(s => (s.Start.UtcTicks, s.End.UtcTicks)));
    }

    public static Spans Of(DateTimeOffset start, DateTimeOffset end) => Of([(start, end)]);

    public Spans Union(Spans other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merge(_spans.Concat(other._spans));
    }

    public Spans Intersect(Spans other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = ImmutableArray.CreateBuilder<(long, long)>();
        int i = 0, j = 0;
        while (i < _spans.Length && j < other._spans.Length)
        {
            var start = Math.Max(_spans[i].Start, other._spans[j].Start);
            var end = Math.Min(_spans[i].End, other._spans[j].End);
            if (start < end)
            {
                result.Add((start, end));
            }

            if (_spans[i].End < other._spans[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return new Spans(result.ToImmutable());
    }

    public Spans Subtract(Spans other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = ImmutableArray.CreateBuilder<(long, long)>();
        var j = 0;
        foreach (var (start0, end) in _spans)
        {
            var start = start0;
            while (j < other._spans.Length && other._spans[j].End <= start)
            {
                j++;
            }

            var k = j;
            while (k < other._spans.Length && other._spans[k].Start < end)
            {
                if (other._spans[k].Start > start)
                {
                    result.Add((start, other._spans[k].Start));
                }

                start = Math.Max(start, other._spans[k].End);
                k++;
            }

            if (start < end)
            {
                result.Add((start, end));
            }
        }

        return new Spans(result.ToImmutable());
    }

    private static Spans Merge(IEnumerable<(long Start, long End)> spans)
    {
        var sorted = spans.Where(s => s.Start < s.End).OrderBy(s => s.Start).ToList();
        var result = ImmutableArray.CreateBuilder<(long, long)>(sorted.Count);
        foreach (var span in sorted)
        {
            if (result.Count > 0 && result[^1].Item2 >= span.Start)
            {
                result[^1] = (result[^1].Item1, Math.Max(result[^1].Item2, span.End));
            }
            else
            {
                result.Add(span);
            }
        }

        return new Spans(result.ToImmutable());
    }
}
