namespace MppQueue.Admin.People;

/// <summary>The audit entries of a period, newest first; <see cref="Truncated"/> when there were more than the page shows.</summary>
public sealed record AuditResult(IReadOnlyList<AuditRow> Rows, bool Truncated);
