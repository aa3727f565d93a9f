namespace MppQueue.Core;

/// <summary>
/// The estimated wait shown on a visitor's ticket page, as a range rather than a single promise.
/// </summary>
/// <remarks>
/// <para>
/// Service time here is how long a desk is taken by one ticket: from the desk's call to the ticket's
/// finish, since a desk is no more free while the visitor walks up than while it serves them.
/// From the service's recent service times the estimator takes the median (a typical visit) and the
/// 80th percentile by nearest rank (a slow one). With fewer than <see cref="MinimumSamples"/> recent
/// times, as early in the morning, both are the service's standard service time.
/// </para>
/// <para>
/// With <c>a</c> people ahead and <c>d</c> desks open for the service:
/// low = median × a ÷ d (the open desks working through the people ahead at a typical pace), and
/// high = p80 × ⌈(a + 1) ÷ d⌉ (every round of visits slow, and the visitor's own turn also waiting for
/// a desk to come free). So with nobody ahead the range is 0 to one slow visit. With no desk open there
/// is no estimate: nobody is being served, and a number would mislead.
/// </para>
/// </remarks>
public static class WaitEstimator
{
    /// <summary>Below this many recent service times the standard service time is used instead.</summary>
    public const int MinimumSamples = 3;

    /// <summary>How many of the latest finished tickets <see cref="RecentServiceTimes"/> takes by default.</summary>
    public const int DefaultSampleSize = 20;

    /// <summary>The range of minutes until the visitor is called, or null when no desk is open for the service.</summary>
    /// <param name="peopleAhead">Tickets that would be called first (see <see cref="WaitingTicket.PeopleAhead"/>).</param>
    /// <param name="desksOpen">Desks that serve the service and are neither paused nor inactive.</param>
    /// <param name="recentServiceTimes">Service times of the service's latest finished tickets today (see <see cref="RecentServiceTimes"/>).</param>
    /// <param name="standardServiceMinutes">The service's <see cref="Service.StandardServiceMinutes"/>.</param>
    public static WaitEstimate? Estimate(int peopleAhead, int desksOpen, IReadOnlyCollection<TimeSpan> recentServiceTimes, int standardServiceMinutes) =>
        Estimate(peopleAhead, desksOpen, Pace(recentServiceTimes, standardServiceMinutes));

    /// <summary>The range of minutes until the visitor is called at the given pace, or null when no desk is open.</summary>
    public static WaitEstimate? Estimate(int peopleAhead, int desksOpen, WaitPace pace)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(peopleAhead);
        ArgumentNullException.ThrowIfNull(pace);
        if (desksOpen <= 0)
        {
            return null;
        }

        var low = pace.Typical.TotalMinutes * peopleAhead / desksOpen;
        var rounds = (peopleAhead + desksOpen) / desksOpen;
        var high = pace.Slow.TotalMinutes * rounds;

        var lowMinutes = (int)Math.Floor(low);
        var highMinutes = Math.Max(lowMinutes, (int)Math.Ceiling(high));
        return new WaitEstimate(lowMinutes, highMinutes, pace.Basis, pace.SampleCount, pace.Typical, pace.Slow);
    }

    /// <summary>The typical and slow service times from recent ones, or the standard time while there are too few.</summary>
    public static WaitPace Pace(IEnumerable<TimeSpan> recentServiceTimes, int standardServiceMinutes)
    {
        ArgumentNullException.ThrowIfNull(recentServiceTimes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(standardServiceMinutes);

        // A zero or negative time can only come from a clock set back; it says nothing about the pace.
        var samples = recentServiceTimes.Where(t => t > TimeSpan.Zero).Order().ToList();
        if (samples.Count < MinimumSamples)
        {
            var standard = TimeSpan.FromMinutes(standardServiceMinutes);
            return new WaitPace(standard, standard, WaitEstimateBasis.StandardServiceTime, 0);
        }

        return new WaitPace(Median(samples), NearestRank(samples, 0.8), WaitEstimateBasis.RecentServices, samples.Count);
    }

    /// <summary>
    /// The service times (call to finish) of a service's latest finished tickets, newest first;
    /// pass today's tickets (<see cref="QueueEngine.TicketsToday"/>).
    /// </summary>
    public static IReadOnlyList<TimeSpan> RecentServiceTimes(IEnumerable<Ticket> tickets, string serviceId, int count = DefaultSampleSize)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(serviceId);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. tickets
            .Where(t => t.Status == TicketStatus.Done && t.ServiceId == serviceId && t.FinishedAt is not null && (t.CalledAt ?? t.ServingAt) is not null)
            .OrderByDescending(t => t.FinishedAt)
            .Take(count)
            .Select(t => t.FinishedAt!.Value - (t.CalledAt ?? t.ServingAt)!.Value)];
    }

    private static TimeSpan Median(List<TimeSpan> sorted)
    {
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static TimeSpan NearestRank(List<TimeSpan> sorted, double percentile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
}

/// <summary>The service times an estimate works with: a typical visit (median) and a slow one (80th percentile).</summary>
public sealed record WaitPace(TimeSpan Typical, TimeSpan Slow, WaitEstimateBasis Basis, int SampleCount);
