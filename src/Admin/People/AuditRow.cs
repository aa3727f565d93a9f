using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// One audit entry as the audit page shows it, in words (<see cref="AuditWords"/>): who, what they did, about what
/// (by name), the detail as lines, and where a ticket's history is.
/// </summary>
public sealed record AuditRow(AuditEntry Entry, string ActorName, string ActionText, string SubjectName, IReadOnlyList<string> Detail, string? TicketPath);
