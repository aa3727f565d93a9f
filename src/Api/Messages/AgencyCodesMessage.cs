namespace MppQueue.Api.Messages;

/// <summary>The bookings an agency made in its own system, to load (POST /api/v1/agency-codes): at most 500 at a time.</summary>
public sealed record AgencyCodesMessage(IReadOnlyList<AgencyCodeMessage>? Bookings);
