namespace MppQueue.Api.Messages;

/// <summary>
/// One booking as an agency's system sees it: the code, the service, the day and session (local times), its state,
/// how it was made, the check-in window, and the ticket once it is checked in. Of the holder only the last four
/// digits of the phone number and of the NIK (as the officers' list shows them); never the page token.
/// </summary>
public sealed record BookingMessage(
    string Code,
    string ServiceId,
    DateOnly Date,
    string SessionStart,
    string SessionEnd,
    string State,
    string Channel,
    int Moves,
    DateTimeOffset? MadeAt,
    DateTimeOffset? CancelledAt,
    DateTimeOffset CheckInOpens,
    DateTimeOffset CheckInCloses,
    string? TicketId,
    string? PhoneLast4,
    string? NikLast4);
