namespace MppQueue.Core;

/// <summary>One day's line of the tickets-per-day chart.</summary>
public sealed record DayFigures(DateOnly Day, long Issued, long Served, long NoShow);
