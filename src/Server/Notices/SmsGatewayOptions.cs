namespace MppQueue.Server.Notices;

/// <summary>
/// The "MppQueue:Notices:Sms" section: how the MPP's SMS gateway is asked to send a text (its address, method, body
/// with placeholders, key header) and how its delivery reports are read (docs/notifications.md). Gateways in
/// Indonesia differ, so the request is described here instead of coded per gateway.
/// </summary>
public sealed class SmsGatewayOptions
{
    public const string Section = "MppQueue:Notices:Sms";

    public bool Enabled { get; set; }

    /// <summary>
    /// The gateway's address; it may hold the placeholders (<see cref="SmsPlaceholders"/>), which are URL-encoded into it,
    /// e.g. https://gateway.example.id/send?to={to}&amp;msg={text}.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>GET (everything in <see cref="Url"/>) or POST (<see cref="BodyTemplate"/> as the body).</summary>
    public string Method { get; set; } = "POST";

    /// <summary>The body's type for a POST: application/json or application/x-www-form-urlencoded.</summary>
    public string ContentType { get; set; } = "application/json";

    /// <summary>
    /// The POST body with placeholders, escaped for <see cref="ContentType"/>: inside a JSON string
    /// (<c>{"to":"{to}","message":"{text}"}</c>) or as form values (<c>to={to}&amp;message={text}</c>).
    /// </summary>
    public string? BodyTemplate { get; set; }

    /// <summary>The sender name or number the gateway registered for the MPP ({sender}).</summary>
    public string? SenderId { get; set; }

    /// <summary>A header that carries the gateway's key, e.g. "Authorization" or "APIKey".</summary>
    public string? AuthHeaderName { get; set; }

    /// <summary>Its value, e.g. "Basic dXNlcjpwYXNz" or the key itself.</summary>
    public string? AuthHeaderValue { get; set; }

    /// <summary>Where the gateway's message id is in its JSON answer, as a dot path ("data.0.id"); optional.</summary>
    public string? MessageIdPath { get; set; }

    /// <summary>How long one request to the gateway may take.</summary>
    public double TimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// The secret part of the delivery report address, /api/notices/sms/{ReportSecret}, which the gateway is given;
    /// without it, reports are refused. At least 16 characters.
    /// </summary>
    public string? ReportSecret { get; set; }

    /// <summary>Where a report holds the message id (a dot path in JSON, or a form field's name).</summary>
    public string ReportMessageIdPath { get; set; } = "id";

    /// <summary>Where a report holds the status (a dot path in JSON, or a form field's name).</summary>
    public string ReportStatusPath { get; set; } = "status";

    /// <summary>The statuses that mean the text arrived (compared without regard to case).</summary>
    public List<string> DeliveredStatuses { get; set; } = [];

    /// <summary>The statuses that mean it did not arrive; any other status (queued, sent) is ignored.</summary>
    public List<string> FailedStatuses { get; set; } = [];

    /// <summary>The statuses used when none are configured: the words gateways commonly report (and the SMPP states).</summary>
    public static IReadOnlyList<string> DefaultDeliveredStatuses { get; } = ["delivered", "DELIVRD", "success"];

    public static IReadOnlyList<string> DefaultFailedStatuses { get; } = ["failed", "undelivered", "UNDELIV", "rejected", "REJECTD", "expired", "EXPIRED", "error"];

    public bool IsConfigured => Enabled && !string.IsNullOrWhiteSpace(Url);

    public bool IsPost => string.Equals(Method, "POST", StringComparison.OrdinalIgnoreCase);

    public bool IsJson => ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
}
