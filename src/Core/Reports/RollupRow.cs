using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// What one finished (or the current) local day holds for one service, desk and officer: counts, exact sums and
/// histograms of waiting and service times, and tickets issued per local hour. See <see cref="RollupBuilder"/> for
/// which ticket counts under which key, and <see cref="TicketMeasures"/> for what the times mean.
/// </summary>
public sealed record RollupRow
{
    public required DateOnly Day { get; init; }

    public required string ServiceId { get; init; }

    /// <summary>The desk, or null for what happened at no desk (issued and never called, cancelled while waiting).</summary>
    public string? DeskId { get; init; }

    public string? OfficerId { get; init; }

    public int Issued { get; init; }

    public int Served { get; init; }

    public int NoShow { get; init; }

    public int Cancelled { get; init; }

    public int Transferred { get; init; }

    /// <summary>Still waiting, called, serving or held when the day ended (or now, for today).</summary>
    public int Unfinished { get; init; }

    /// <summary>First calls within the issuing service's standard waiting time (as configured when the rollup was built).</summary>
    public int WithinStandard { get; init; }

    public long WaitTicks { get; init; }

    public DurationHistogram Waits { get; init; } = DurationHistogram.Empty;

    public long ServiceTicks { get; init; }

    public DurationHistogram ServiceTimes { get; init; } = DurationHistogram.Empty;

    /// <summary>Tickets issued in each local hour 0–23 of the day.</summary>
    public ImmutableArray<int> IssuedByHour { get; init; } = ImmutableArray.Create(new int[24]);

    public bool Equals(RollupRow? other) =>
        other is not null
        && Day == other.Day && ServiceId == other.ServiceId && DeskId == other.DeskId && OfficerId == other.OfficerId
        && Issued == other.Issued && Served == other.Served && NoShow == other.NoShow && Cancelled == other.Cancelled
        && Transferred == other.Transferred && Unfinished == other.Unfinished && WithinStandard == other.WithinStandard
        && WaitTicks == other.WaitTicks && Waits.Equals(other.Waits)
        && ServiceTicks == other.ServiceTicks && ServiceTimes.Equals(other.ServiceTimes)
        && IssuedByHour.AsSpan().SequenceEqual(other.IssuedByHour.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Day, ServiceId, DeskId, OfficerId, Issued, Served);
}
