namespace MppQueue.Core;

/// <summary>What a new subscription asks for: a name, the endpoint, the event types by wire name (none: all) and, for one made in the administration, the agency (null: every agency).</summary>
public sealed record WebhookRequest(string? Name, string? Url, IReadOnlyList<string>? Types = null, string? AgencyId = null);

/// <summary>A "push timestamps per booking code" connector as the administration makes it (see <see cref="WebhookFormat.BookingTimestamps"/>).</summary>
public sealed record ConnectorRequest(string? Name, string? Url, string? ConsumerId, string? Secret, string? UserKey, string? Tasks, string? AgencyId);
