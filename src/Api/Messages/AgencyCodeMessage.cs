namespace MppQueue.Api.Messages;

/// <summary>One booking of the agency's own system: its code (4–32 letters and digits), the service, the day and the session it gave.</summary>
/// <param name="Code">The agency's code, e.g. "PAS20261124001"; the visitor types or scans it at the kiosk.</param>
/// <param name="ServiceId">One of the agency's services.</param>
/// <param name="Date">The day, today or later.</param>
/// <param name="SessionStart">Local time the session starts, "08:00".</param>
/// <param name="SessionEnd">Local time the session ends, "10:00".</param>
public sealed record AgencyCodeMessage(string? Code, string? ServiceId, DateOnly? Date, string? SessionStart, string? SessionEnd);
