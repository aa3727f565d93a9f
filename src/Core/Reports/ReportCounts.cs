namespace MppQueue.Core;

/// <summary>Ticket counts of a report (see <see cref="RollupBuilder"/> for which key each one counts under).</summary>
public sealed record ReportCounts(long Issued, long Served, long NoShow, long Cancelled, long Transferred, long Unfinished)
{
    public static ReportCounts None { get; } = new(0, 0, 0, 0, 0, 0);
}
