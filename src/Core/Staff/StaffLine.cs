namespace MppQueue.Core;

/// <summary>One officer's, desk's or agency's staff figures over a report's period.</summary>
public sealed record StaffLine(string Id, StaffTotals Totals);
