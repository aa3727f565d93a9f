using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The stored shape of <see cref="WebhookSubscription"/>. The signing secret is kept as it is, since every request is
/// signed with it (as the sign-in keys and the booking secret beside the data file, the file is the service account's only).
/// </summary>
internal sealed class WebhookDocument
{
    public string Id { get; set; } = string.Empty;

    public string? OwnerId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    /// <summary>Wire names ("ticket.called").</summary>
    public List<string> Types { get; set; } = [];

    public string? AgencyId { get; set; }

    public string State { get; set; } = string.Empty;

    public long Cursor { get; set; }

    public int Failures { get; set; }

    public string? LastError { get; set; }

    public long? LastAttemptAtUtcTicks { get; set; }

    public long? StoppedAtUtcTicks { get; set; }

    public long CreatedAtUtcTicks { get; set; }

    public static WebhookDocument From(WebhookSubscription s) => new()
    {
        Id = s.Id,
        OwnerId = s.OwnerId,
        Name = s.Name,
        Url = s.Url.AbsoluteUri,
        Secret = s.Secret,
        Types = [.. s.Types.Select(t => t.Name())],
        AgencyId = s.AgencyId,
        State = StorageFormat.ToName(s.State),
        Cursor = s.Cursor,
        Failures = s.Failures,
        LastError = s.LastError,
        LastAttemptAtUtcTicks = StorageFormat.ToUtcTicks(s.LastAttemptAt),
        StoppedAtUtcTicks = StorageFormat.ToUtcTicks(s.StoppedAt),
        CreatedAtUtcTicks = StorageFormat.ToUtcTicks(s.CreatedAt),
    };

    public WebhookSubscription ToSubscription() => new()
    {
        Id = Id,
        OwnerId = OwnerId,
        Name = Name,
        Url = new Uri(Url),
        Secret = Secret,
        Types = [.. Types.Select(JournalEventTypes.Parse).OfType<JournalEventType>()],
        AgencyId = AgencyId,
        State = StorageFormat.ParseName<WebhookState>(State),
        Cursor = Cursor,
        Failures = Failures,
        LastError = LastError,
        LastAttemptAt = StorageFormat.FromUtcTicks(LastAttemptAtUtcTicks),
        StoppedAt = StorageFormat.FromUtcTicks(StoppedAtUtcTicks),
        CreatedAt = StorageFormat.FromUtcTicks(CreatedAtUtcTicks),
    };
}
