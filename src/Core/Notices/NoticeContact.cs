namespace MppQueue.Core;

/// <summary>
/// How a visitor asked to be told about one ticket or booking: a phone number (for WhatsApp and SMS), a browser's push
/// subscription, or both. Kept apart from the ticket and the booking, and deleted by the system once
/// <see cref="KeepUntil"/> is over (or at once when the booking is cancelled), so the number never outlives its day.
/// </summary>
public sealed record NoticeContact
{
    /// <summary>The subject's key (<see cref="NoticeSubject.Key"/>).</summary>
    public required string Id { get; init; }

    public string? TicketId { get; init; }

    public string? BookingCode { get; init; }

    /// <summary>The number in international form without "+" ("6281234567890"), or null.</summary>
    public string? Phone { get; init; }

    public PushEndpoint? Push { get; init; }

    /// <summary>
    /// Whether "come back now" may go out: set when the contact was given while the wait was still above the service's
    /// threshold, so a visitor who is already next is not told to come back.
    /// </summary>
    public bool ComeBackArmed { get; init; }

    /// <summary>The language the visitor chose ("id" or "en"), used for the notices' texts.</summary>
    public string Language { get; init; } = "id";

    /// <summary>The last local day the contact is needed (the ticket's service day, the booking's date).</summary>
    public required DateOnly KeepUntil { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public NoticeSubject Subject => TicketId is not null ? NoticeSubject.Ticket(TicketId) : NoticeSubject.Booking(BookingCode!);

    /// <summary>Whether the contact can be reached on <paramref name="channel"/>.</summary>
    public bool Has(NoticeChannel channel) => channel == NoticeChannel.WebPush ? Push is not null : Phone is not null;
}
