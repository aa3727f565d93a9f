using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>Tickets issued per day of the week (Monday first) and local hour: busiest hours at a glance.</summary>
public sealed record HeatMap
{
    public HeatMap(ImmutableArray<long> cells)
    {
        if (cells.IsDefault || cells.Length != 7 * 24)
        {
            throw new ArgumentException("A heat map has 7 × 24 cells.", nameof(cells));
        }

        Cells = cells;
    }

    /// <summary>Row-major: index (day × 24) + hour, day 0 = Monday.</summary>
    public ImmutableArray<long> Cells { get; }

    public long Max => Cells.Max();

    /// <summary>The row of a day of the week: Monday 0 … Sunday 6.</summary>
    public static int RowOf(DayOfWeek day) => ((int)day + 6) % 7;

    public static DayOfWeek DayOfRow(int row) => (DayOfWeek)((row + 1) % 7);

    public long this[DayOfWeek day, int hour] => Cells[(RowOf(day) * 24) + hour];

    /// <summary>The hours (0–23) in which any ticket was issued, for a table without empty night columns.</summary>
    public IReadOnlyList<int> BusyHours() =>
        [.. Enumerable.Range(0, 24).Where(h => Enumerable.Range(0, 7).Any(d => Cells[(d * 24) + h] > 0))];

    public bool Equals(HeatMap? other) => other is not null && Cells.AsSpan().SequenceEqual(other.Cells.AsSpan());

    public override int GetHashCode() => Cells.Sum().GetHashCode();
}
