using MppQueue.Core;

namespace MppQueue.Server.Tests.Notices;

/// <summary>Notices and their sends for the provider tests, rendered by the real texts (NoticeTexts).</summary>
public static class Deliveries
{
    public const string Phone = "6281234567890";

    public static readonly DateTimeOffset At = new(2026, 11, 23, 9, 15, 0, TimeSpan.FromHours(7));

    public static Notice Called(string number = "A012", int desk = 3, string service = "Perekaman KTP-el") => new()
    {
        Id = NoticeIds.Of(NoticeKind.Called, NoticeSubject.Ticket("t-1"), "ktp-el"),
        Kind = NoticeKind.Called,
        ContactId = NoticeSubject.Ticket("t-1").Key,
        TicketId = "t-1",
        ServiceId = "ktp-el",
        AgencyId = "disdukcapil",
        Day = DateOnly.FromDateTime(At.Date),
        CreatedAt = At,
        Content = new NoticeContent
        {
            TicketNumber = number,
            Token = "tok123",
            ServiceNameId = service,
            ServiceNameEn = "KTP-el recording",
            AgencyName = "Disdukcapil",
            DeskNumber = desk,
        },
    };

    public static NoticeContact Contact(string language = "id") => new()
    {
        Id = NoticeSubject.Ticket("t-1").Key,
        TicketId = "t-1",
        Phone = Phone,
        Language = language,
        KeepUntil = DateOnly.FromDateTime(At.Date),
        CreatedAt = At,
    };

    /// <summary>A "called" notice as the service would hand it to a provider.</summary>
    public static NoticeDelivery CalledDelivery(string language = "id", Uri? publicBase = null) =>
        NoticeTexts.Render(Called(), Contact(language), publicBase);

    /// <summary>A send with exactly this body and link (for the escaping of what a gateway is given).</summary>
    public static NoticeDelivery WithBody(string body, Uri? link = null) =>
        CalledDelivery() with { Body = body, Link = link };
}
