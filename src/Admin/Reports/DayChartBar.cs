namespace MppQueue.Admin.Reports;

/// <summary>One day's (or month's) bars: its label (shown when <see cref="ShowLabel"/>), what it says when pointed at, and its figures.</summary>
public sealed record DayChartBar(string Label, string Title, long Issued, long Served, bool ShowLabel);
