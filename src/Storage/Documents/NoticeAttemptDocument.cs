using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="NoticeAttempt"/>, inside its notice's document.</summary>
internal sealed class NoticeAttemptDocument
{
    public long AtUtcTicks { get; set; }

    public string Channel { get; set; } = string.Empty;

    public bool Ok { get; set; }

    public int? Status { get; set; }

    public string? Error { get; set; }

    public static NoticeAttemptDocument From(NoticeAttempt a) => new()
    {
        AtUtcTicks = StorageFormat.ToUtcTicks(a.At),
        Channel = StorageFormat.ToName(a.Channel),
        Ok = a.Ok,
        Status = a.Status,
        Error = a.Error,
    };

    public NoticeAttempt ToAttempt() => new(StorageFormat.FromUtcTicks(AtUtcTicks), StorageFormat.ParseName<NoticeChannel>(Channel), Ok, Status, Error);
}
