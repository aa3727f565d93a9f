namespace MppQueue.Core;

/// <summary>What a notice tells the visitor; each is sent at most once per ticket or booking (recalls once per recall).</summary>
public enum NoticeKind
{
    /// <summary>The booking is made (or moved to a new time).</summary>
    BookingConfirmed,

    /// <summary>The day before the booking.</summary>
    BookingReminder,

    /// <summary>The estimated wait dropped below the service's threshold: time to come back to the hall.</summary>
    ComeBack,

    /// <summary>The ticket is called to a desk.</summary>
    Called,

    /// <summary>The ticket is called again.</summary>
    Recalled,

    /// <summary>The service is done: the SKM survey link.</summary>
    Survey,

    /// <summary>The ticket or the booking is cancelled.</summary>
    Cancelled,

    /// <summary>The booking passed without a check-in.</summary>
    Expired,
}
