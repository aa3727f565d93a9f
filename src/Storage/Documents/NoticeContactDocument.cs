using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="NoticeContact"/>: the one place a visitor's number or push address is kept.</summary>
internal sealed class NoticeContactDocument
{
    public string Id { get; set; } = string.Empty;

    public string? TicketId { get; set; }

    public string? BookingCode { get; set; }

    public string? Phone { get; set; }

    public string? PushEndpoint { get; set; }

    public string? PushP256dh { get; set; }

    public string? PushAuth { get; set; }

    public bool ComeBackArmed { get; set; }

    public string Language { get; set; } = "id";

    public int KeepUntil { get; set; }

    public long CreatedAtUtcTicks { get; set; }

    public static NoticeContactDocument From(NoticeContact c) => new()
    {
        Id = c.Id,
        TicketId = c.TicketId,
        BookingCode = c.BookingCode,
        Phone = c.Phone,
        PushEndpoint = c.Push?.Endpoint,
        PushP256dh = c.Push?.P256dh,
        PushAuth = c.Push?.Auth,
        ComeBackArmed = c.ComeBackArmed,
        Language = c.Language,
        KeepUntil = StorageFormat.ToDay(c.KeepUntil),
        CreatedAtUtcTicks = StorageFormat.ToUtcTicks(c.CreatedAt),
    };

    public NoticeContact ToContact() => new()
    {
        Id = Id,
        TicketId = TicketId,
        BookingCode = BookingCode,
        Phone = Phone,
        Push = PushEndpoint is not null && PushP256dh is not null && PushAuth is not null ? new PushEndpoint(PushEndpoint, PushP256dh, PushAuth) : null,
        ComeBackArmed = ComeBackArmed,
        Language = Language,
        KeepUntil = StorageFormat.FromDay(KeepUntil),
        CreatedAt = StorageFormat.FromUtcTicks(CreatedAtUtcTicks),
    };
}
