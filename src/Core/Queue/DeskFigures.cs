namespace MppQueue.Core;

/// <summary>Today's work at a desk or by an officer: calls, served, no-shows, transfers, mean service time and mean wait of those served.</summary>
public sealed record DeskFigures(
    int Called,
    int Served,
    int NoShows,
    int Transferred,
    TimeSpan? AverageServiceTime,
    TimeSpan? AverageWait);
