namespace MppQueue.Core;

/// <summary>
/// Which notices a service sends (each can be turned off) and when "come back now" goes out: when the estimated wait
/// drops to <see cref="ComeBackMinutes"/> or below, or, while there is no estimate (no desk open yet), when
/// <see cref="ComeBackPlaces"/> or fewer people are ahead. Either may be 0 to leave it out.
/// </summary>
public sealed record NoticeRules
{
    public static NoticeRules Default { get; } = new();

    public bool BookingConfirmed { get; init; } = true;

    public bool BookingReminder { get; init; } = true;

    public bool ComeBack { get; init; } = true;

    public bool Called { get; init; } = true;

    public bool Recalled { get; init; } = true;

    public bool Survey { get; init; } = true;

    public bool Cancelled { get; init; } = true;

    public bool Expired { get; init; } = true;

    public int ComeBackMinutes { get; init; } = 15;

    public int ComeBackPlaces { get; init; } = 3;

    public const int MaxComeBackMinutes = 240;

    public const int MaxComeBackPlaces = 100;

    public bool Sends(NoticeKind kind) => kind switch
    {
        NoticeKind.BookingConfirmed => BookingConfirmed,
        NoticeKind.BookingReminder => BookingReminder,
        NoticeKind.ComeBack => ComeBack,
        NoticeKind.Called => Called,
        NoticeKind.Recalled => Recalled,
        NoticeKind.Survey => Survey,
        NoticeKind.Cancelled => Cancelled,
        NoticeKind.Expired => Expired,
        _ => false,
    };

    /// <summary>These rules with one kind turned on or off.</summary>
    public NoticeRules With(NoticeKind kind, bool on) => kind switch
    {
        NoticeKind.BookingConfirmed => this with { BookingConfirmed = on },
        NoticeKind.BookingReminder => this with { BookingReminder = on },
        NoticeKind.ComeBack => this with { ComeBack = on },
        NoticeKind.Called => this with { Called = on },
        NoticeKind.Recalled => this with { Recalled = on },
        NoticeKind.Survey => this with { Survey = on },
        NoticeKind.Cancelled => this with { Cancelled = on },
        NoticeKind.Expired => this with { Expired = on },
        _ => this,
    };
}
