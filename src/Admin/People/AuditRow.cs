using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>One audit entry as the audit page shows it: who (by name), about what (by name), and where a ticket's history is.</summary>
public sealed record AuditRow(AuditEntry Entry, string ActorName, string SubjectName, string? TicketPath);
