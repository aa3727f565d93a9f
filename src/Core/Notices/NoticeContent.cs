namespace MppQueue.Core;

/// <summary>
/// What a notice says, captured when it is decided (so a later change does not rewrite it): the ticket or booking it is
/// about and the facts its text needs. Never a phone number or NIK.
/// </summary>
public sealed record NoticeContent
{
    public string? TicketNumber { get; init; }

    /// <summary>The ticket page's token (its link), or the booking page's token.</summary>
    public string? Token { get; init; }

    public string? BookingCode { get; init; }

    public string ServiceNameId { get; init; } = string.Empty;

    public string ServiceNameEn { get; init; } = string.Empty;

    public string AgencyName { get; init; } = string.Empty;

    /// <summary>The desk's number ("Loket 3"), for a call or a recall.</summary>
    public int? DeskNumber { get; init; }

    /// <summary>The estimated wait in minutes (come back now).</summary>
    public int? Minutes { get; init; }

    /// <summary>The people ahead (come back now).</summary>
    public int? PeopleAhead { get; init; }

    /// <summary>The booking's date and session (confirmation, reminder).</summary>
    public DateOnly? Date { get; init; }

    public TimeOnly? SessionStart { get; init; }

    public TimeOnly? SessionEnd { get; init; }
}
