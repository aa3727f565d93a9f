namespace MppQueue.Core;

/// <summary>One service's, desk's or officer's part of a report (the key is its id, empty for "no desk").</summary>
public sealed record BreakdownLine(string Key, ReportCounts Counts, DurationStats Waiting, DurationStats Service);
