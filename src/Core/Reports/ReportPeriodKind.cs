namespace MppQueue.Core;

/// <summary>The periods a person picks from; <see cref="Custom"/> takes its own first and last day.</summary>
public enum ReportPeriodKind
{
    Today,
    ThisWeek,
    ThisMonth,
    LastMonth,
    ThisYear,
    Custom,
}
