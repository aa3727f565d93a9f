namespace MppQueue.Api.Messages;

/// <summary>The bookings as they stand after a load, in the order sent (a code already checked in or cancelled is shown as it is).</summary>
public sealed record AgencyCodesLoadedMessage(string AgencyId, int Count, IReadOnlyList<BookingMessage> Bookings);
