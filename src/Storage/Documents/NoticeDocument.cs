using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Notice"/>; its content and attempts inside it. Never a phone number.</summary>
internal sealed class NoticeDocument
{
    public string Id { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string ContactId { get; set; } = string.Empty;

    public string? TicketId { get; set; }

    public string? BookingCode { get; set; }

    public string ServiceId { get; set; } = string.Empty;

    public string? AgencyId { get; set; }

    public int Day { get; set; }

    public NoticeContentDocument Content { get; set; } = new();

    public string State { get; set; } = string.Empty;

    public string? Channel { get; set; }

    public string? PreferredChannel { get; set; }

    public int Failures { get; set; }

    public List<string> ChannelsFailed { get; set; } = [];

    public long CreatedAtUtcTicks { get; set; }

    public long? DueAtUtcTicks { get; set; }

    public long? SentAtUtcTicks { get; set; }

    public long? DeliveredAtUtcTicks { get; set; }

    public long? FailedAtUtcTicks { get; set; }

    public string? ProviderMessageId { get; set; }

    public string? Receipt { get; set; }

    public string? FailureKey { get; set; }

    public List<NoticeAttemptDocument> Attempts { get; set; } = [];

    public static NoticeDocument From(Notice n) => new()
    {
        Id = n.Id,
        Kind = StorageFormat.ToName(n.Kind),
        ContactId = n.ContactId,
        TicketId = n.TicketId,
        BookingCode = n.BookingCode,
        ServiceId = n.ServiceId,
        AgencyId = n.AgencyId,
        Day = StorageFormat.ToDay(n.Day),
        Content = NoticeContentDocument.From(n.Content),
        State = StorageFormat.ToName(n.State),
        Channel = StorageFormat.ToName(n.Channel),
        PreferredChannel = StorageFormat.ToName(n.PreferredChannel),
        Failures = n.Failures,
        ChannelsFailed = [.. n.ChannelsFailed.Select(StorageFormat.ToName)],
        CreatedAtUtcTicks = StorageFormat.ToUtcTicks(n.CreatedAt),
        DueAtUtcTicks = StorageFormat.ToUtcTicks(n.DueAt),
        SentAtUtcTicks = StorageFormat.ToUtcTicks(n.SentAt),
        DeliveredAtUtcTicks = StorageFormat.ToUtcTicks(n.DeliveredAt),
        FailedAtUtcTicks = StorageFormat.ToUtcTicks(n.FailedAt),
        ProviderMessageId = n.ProviderMessageId,
        Receipt = n.Receipt,
        FailureKey = n.FailureKey,
        Attempts = [.. n.Attempts.Select(NoticeAttemptDocument.From)],
    };

    public Notice ToNotice() => new()
    {
        Id = Id,
        Kind = StorageFormat.ParseName<NoticeKind>(Kind),
        ContactId = ContactId,
        TicketId = TicketId,
        BookingCode = BookingCode,
        ServiceId = ServiceId,
        AgencyId = AgencyId,
        Day = StorageFormat.FromDay(Day),
        Content = Content.ToContent(),
        State = StorageFormat.ParseName<NoticeState>(State),
        Channel = StorageFormat.ParseName<NoticeChannel>(Channel, null),
        PreferredChannel = StorageFormat.ParseName<NoticeChannel>(PreferredChannel, null),
        Failures = Failures,
        ChannelsFailed = [.. ChannelsFailed.Select(StorageFormat.ParseName<NoticeChannel>)],
        CreatedAt = StorageFormat.FromUtcTicks(CreatedAtUtcTicks),
        DueAt = StorageFormat.FromUtcTicks(DueAtUtcTicks),
        SentAt = StorageFormat.FromUtcTicks(SentAtUtcTicks),
        DeliveredAt = StorageFormat.FromUtcTicks(DeliveredAtUtcTicks),
        FailedAt = StorageFormat.FromUtcTicks(FailedAtUtcTicks),
        ProviderMessageId = ProviderMessageId,
        Receipt = Receipt,
        FailureKey = FailureKey,
        Attempts = [.. Attempts.Select(a => a.ToAttempt())],
    };
}
