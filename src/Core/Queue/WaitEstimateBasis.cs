namespace MppQueue.Core;

/// <summary>Where the service times behind a wait estimate came from, so the page can say so.</summary>
public enum WaitEstimateBasis
{
    /// <summary>The service times of the service's most recent finished tickets today.</summary>
    RecentServices,

    /// <summary>Too few tickets finished today: the service's standard service time.</summary>
    StandardServiceTime,
}
