using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="AuditEntry"/>.</summary>
internal sealed class AuditDocument
{
    public string Id { get; set; } = string.Empty;

    public long AtUtcTicks { get; set; }

    public string? ActorId { get; set; }

    public string Action { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string? Detail { get; set; }

    public static AuditDocument From(AuditEntry entry) => new()
    {
        Id = entry.Id,
        AtUtcTicks = StorageFormat.ToUtcTicks(entry.At),
        ActorId = entry.ActorId,
        Action = entry.Action,
        Subject = entry.Subject,
        Detail = entry.Detail,
    };

    public AuditEntry ToAuditEntry() => new(Id, StorageFormat.FromUtcTicks(AtUtcTicks), ActorId, Action, Subject, Detail);
}
