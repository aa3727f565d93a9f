namespace MppQueue.Api.Messages;

/// <summary>A walk-in ticket to issue for a visitor (POST /api/v1/tickets), under the kiosk's rules (hours, cut-off, quota).</summary>
/// <param name="ServiceId">One of the agency's services, e.g. "skck".</param>
/// <param name="Priority">None (default), Elderly, Disabled, Pregnant or WithChild.</param>
public sealed record NewTicketMessage(string? ServiceId, string? Priority = null);
