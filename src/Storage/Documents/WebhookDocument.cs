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

    /// <summary>The <see cref="WebhookFormat"/> by name; absent (Standard) in documents from before connectors.</summary>
    public string? Format { get; set; }

    public string? ConsumerId { get; set; }

    public string? UserKey { get; set; }

    /// <summary>A connector's tasks as "type=task, …".</summary>
    public string? Tasks { get; set; }

    public List<ConnectionTestDocument> Tests { get; set; } = [];

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
        Format = StorageFormat.ToName(s.Format),
        ConsumerId = s.Connector?.ConsumerId,
        UserKey = s.Connector?.UserKey,
        Tasks = s.Connector?.TasksText,
        Tests = [.. s.Tests.Select(t => new ConnectionTestDocument
        {
            AtUtcTicks = t.At.UtcTicks,
            StatusCode = t.StatusCode,
            Error = t.Error,
            TookTicks = t.Took.Ticks,
        })],
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
        Format = Format is null ? WebhookFormat.Standard : StorageFormat.ParseName<WebhookFormat>(Format),
        Connector = ConsumerId is null ? null : new ConnectorSettings(ConsumerId, UserKey, ConnectorSettings.ParseTasks(Tasks, out _) ?? System.Collections.Immutable.ImmutableSortedDictionary<JournalEventType, int>.Empty),
        Tests = [.. Tests.Select(t => new ConnectionTest(StorageFormat.FromUtcTicks(t.AtUtcTicks), t.StatusCode, t.Error, TimeSpan.FromTicks(t.TookTicks)))],
    };
}

/// <summary>One stored <see cref="ConnectionTest"/>.</summary>
internal sealed class ConnectionTestDocument
{
    public long AtUtcTicks { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public long TookTicks { get; set; }
}
