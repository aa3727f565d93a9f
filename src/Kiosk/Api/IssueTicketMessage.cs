namespace MppQueue.Kiosk.Api;

/// <summary>A kiosk's request for a walk-in ticket (POST /api/kiosk/tickets).</summary>
/// <param name="ServiceId">The service, e.g. "ktp-el".</param>
/// <param name="Priority">None (default), Elderly, Disabled, Pregnant or WithChild.</param>
/// <param name="IdempotencyKey">One per confirmation: the same key gives back the same ticket (a double tap, a retry).</param>
public sealed record IssueTicketMessage(string ServiceId, string? Priority = null, string? IdempotencyKey = null);
