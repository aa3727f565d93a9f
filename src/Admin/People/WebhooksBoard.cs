using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// The webhooks page's state and decisions: every subscription with how many of its events wait, the creation form
/// (name, address, event types, agency), the signing secret shown once after a creation, and for the selected
/// subscription its dead-letter list (the waiting events), its last attempts and its actions (replay from a sequence
/// number, pause or resume, a deletion that takes a second click), with what was done or refused in the page's words.
/// <see cref="WebhookAdministration"/> lets only an active admin change anything. A plain class: the page renders it.
/// </summary>
/// <param name="whoActs">Reads the signed-in, active account afresh (null when there is none).</param>
public sealed class WebhooksBoard(WebhookAdministration webhooks, QueueEngine engine, Func<Task<Officer?>> whoActs)
{
    public const string Delete = "delete";

    /// <summary>How many waiting events are counted per subscription (more show as "1000+").</summary>
    public const int WaitingCap = 1000;

    /// <summary>How many waiting events the dead-letter list shows.</summary>
    public const int WaitingShown = 100;

    private readonly Dictionary<string, IReadOnlyList<JournalEntry>> _waiting = new(StringComparer.Ordinal);
    private string? _confirmDelete;

    public IReadOnlyList<WebhookSubscription> Subscriptions { get; private set; } = [];

    public string? Name { get; set; }

    public string? Url { get; set; }

    /// <summary>The chosen event types by wire name; none for all of them.</summary>
    public IReadOnlyCollection<string> Types { get; set; } = [];

    /// <summary>The agency whose events are sent; empty for the whole MPP.</summary>
    public string AgencyId { get; set; } = string.Empty;

    public string? CreateError { get; private set; }

    public string? ConnectorName { get; set; }

    public string? ConnectorUrl { get; set; }

    public string? ConsumerId { get; set; }

    public string? ConsumerSecret { get; set; }

    public string? UserKey { get; set; }

    /// <summary>Which event is which task, "type=task, …"; prefilled with the usual steps.</summary>
    public string? Tasks { get; set; } = ConnectorSettings.DefaultTasks;

    public string ConnectorAgencyId { get; set; } = string.Empty;

    public string? ConnectorError { get; private set; }

    public string? Notice { get; private set; }

    public string? RowError { get; private set; }

    /// <summary>The signing secret of the subscription just created: shown this once, gone with the next action.</summary>
    public (string Name, string Secret)? Issued { get; private set; }

    /// <summary>The subscription whose details are open, as it was at the last refresh.</summary>
    public WebhookSubscription? Selected { get; private set; }

    /// <summary>The selected subscription's waiting events (its dead-letter list when stopped), oldest first, at most <see cref="WaitingShown"/>.</summary>
    public IReadOnlyList<JournalEntry> SelectedWaiting { get; private set; } = [];

    public IReadOnlyList<WebhookAttempt> SelectedAttempts { get; private set; } = [];

    /// <summary>The sequence number a replay starts from; prefilled with the first waiting event's.</summary>
    public long? ReplayFrom { get; set; }

    public IEnumerable<Agency> Agencies => engine.Catalog.Agencies.Values.Where(a => a.Active).OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.CurrentCulture);

    public static IReadOnlyList<string> AllTypes { get; } = [.. JournalEventTypes.All.Select(t => t.Name())];

    /// <summary>Reads every subscription, the number of events each has waiting, and the selected one's details.</summary>
    public void Load()
    {
        Subscriptions = webhooks.Subscriptions();
        _waiting.Clear();
        foreach (var subscription in Subscriptions)
        {
            _waiting[subscription.Id] = webhooks.Waiting(subscription.Id, WaitingCap);
        }

        Selected = webhooks.Find(Selected?.Id);
        if (Selected is null)
        {
            SelectedWaiting = [];
            SelectedAttempts = [];
            return;
        }

        SelectedWaiting = [.. _waiting.GetValueOrDefault(Selected.Id, []).Take(WaitingShown)];
        SelectedAttempts = webhooks.Attempts(Selected.Id);
        ReplayFrom ??= SelectedWaiting.Count > 0 ? SelectedWaiting[0].Sequence : null;
    }

    public void Select(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Selected = subscription;
        ReplayFrom = null;
        _confirmDelete = null;
        RowError = Notice = null;
        Load();
    }

    public void CloseDetails()
    {
        Selected = null;
        Load();
    }

    public bool IsSelected(WebhookSubscription subscription) => subscription is not null && Selected?.Id == subscription.Id;

    /// <summary>How many events wait, counted up to <see cref="WaitingCap"/>.</summary>
    public int WaitingTotal(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return _waiting.GetValueOrDefault(subscription.Id, []).Count;
    }

    /// <summary>How many events wait, "1000+" at the cap.</summary>
    public string WaitingCount(WebhookSubscription subscription)
    {
        var count = WaitingTotal(subscription);
        return count >= WaitingCap ? WaitingCap.ToString(CultureInfo.CurrentCulture) + "+" : count.ToString(CultureInfo.CurrentCulture);
    }

    public string OwnerName(WebhookSubscription subscription) => webhooks.OwnerName(subscription) ?? WebhookText.OwnerAdmin;

    public string AgencyName(string? agencyId) => agencyId is null
        ? WebhookText.AgencyAll
        : engine.Catalog.Agencies.GetValueOrDefault(agencyId)?.Name ?? agencyId;

    public static string TypeNames(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription is { Format: WebhookFormat.BookingTimestamps, Connector: { } connector })
        {
            return Labels.Format(WebhookText.ConnectorTypes, connector.TasksText);
        }

        return subscription.Types.IsEmpty ? WebhookText.TypesAll : string.Join(", ", subscription.Types.Select(t => t.Name()));
    }

    public static string StateName(WebhookState state) => state switch
    {
        WebhookState.Stopped => WebhookText.StateStopped,
        WebhookState.Paused => WebhookText.StatePaused,
        _ => WebhookText.StateActive,
    };

    /// <summary>Creates the subscription on the form and shows its secret once.</summary>
    public Task CreateAsync() => ActAsync(
        actor =>
        {
            var made = webhooks.Create(actor, new WebhookRequest(Name, Url, [.. Types], string.IsNullOrEmpty(AgencyId) ? null : AgencyId));
            Issued = (made.Name, made.Secret);
            Name = Url = null;
            Types = [];
            AgencyId = string.Empty;
            return null;
        },
        error => CreateError = error);

    /// <summary>Creates the connector on its form; its secret is the other system's, so nothing is shown afterwards.</summary>
    public Task CreateConnectorAsync() => ActAsync(
        actor =>
        {
            var made = webhooks.CreateConnector(actor, new ConnectorRequest(ConnectorName, ConnectorUrl, ConsumerId, ConsumerSecret, UserKey, Tasks, string.IsNullOrEmpty(ConnectorAgencyId) ? null : ConnectorAgencyId));
            ConnectorName = ConnectorUrl = ConsumerId = ConsumerSecret = UserKey = null;
            Tasks = ConnectorSettings.DefaultTasks;
            ConnectorAgencyId = string.Empty;
            return Labels.Format(WebhookText.ConnectorCreated, made.Name);
        },
        error => ConnectorError = error);

    /// <summary>Tests the selected subscription's connection now; the result joins its last tests.</summary>
    public async Task TestAsync()
    {
        if (Selected is not { } selected)
        {
            return;
        }

        CreateError = ConnectorError = RowError = Notice = null;
        Issued = null;
        try
        {
            var actor = await whoActs() ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
            var test = await webhooks.TestAsync(actor, selected.Id);
            if (test.Passed)
            {
                Notice = Labels.Format(WebhookText.TestPassed, selected.Name, test.StatusCode ?? 0);
            }
            else
            {
                RowError = Labels.Format(WebhookText.TestFailed, selected.Name, test.Error ?? string.Empty);
            }
        }
        catch (WebhookException refusal)
        {
            RowError = Refusal(refusal.Code);
        }
        catch (OfficerAdminException)
        {
            RowError = WebhookText.Error_NotAllowed;
        }

        Load();
    }

    /// <summary>Delivers the selected subscription's events again from <see cref="ReplayFrom"/> and makes it active.</summary>
    public Task ReplayAsync()
    {
        if (Selected is not { } selected)
        {
            return Task.CompletedTask;
        }

        if (ReplayFrom is not (>= 0 and var from))
        {
            RowError = WebhookText.Error_ReplayFrom;
            Notice = null;
            return Task.CompletedTask;
        }

        return ActAsync(
            actor =>
            {
                var replayed = webhooks.Replay(actor, selected.Id, from);
                ReplayFrom = null;
                return Labels.Format(WebhookText.Replayed, replayed.Name, from);
            },
            error => RowError = error);
    }

    /// <summary>Pauses an active or stopped subscription, or resumes a paused one.</summary>
    public Task TogglePauseAsync()
    {
        if (Selected is not { } selected)
        {
            return Task.CompletedTask;
        }

        var pause = selected.State != WebhookState.Paused;
        return ActAsync(
            actor => Labels.Format(pause ? WebhookText.Paused : WebhookText.Resumed, webhooks.SetPaused(actor, selected.Id, pause).Name),
            error => RowError = error);
    }

    /// <summary>On the second click, deletes the selected subscription (its waiting events are no longer sent to it).</summary>
    public Task DeleteAsync()
    {
        if (Selected is not { } selected)
        {
            return Task.CompletedTask;
        }

        if (_confirmDelete != selected.Id)
        {
            _confirmDelete = selected.Id;
            return Task.CompletedTask;
        }

        _confirmDelete = null;
        return ActAsync(
            actor =>
            {
                var deleted = webhooks.Delete(actor, selected.Id);
                Selected = null;
                return Labels.Format(WebhookText.Deleted, deleted.Name);
            },
            error => RowError = error);
    }

    public bool IsConfirmingDelete => Selected is not null && _confirmDelete == Selected.Id;

    public static string Refusal(WebhookError error) => error switch
    {
        WebhookError.NameMissing => WebhookText.Error_NameMissing,
        WebhookError.UrlInvalid => WebhookText.Error_UrlInvalid,
        WebhookError.UrlNotHttps => WebhookText.Error_UrlNotHttps,
        WebhookError.UrlOnThisMachine => WebhookText.Error_UrlOnThisMachine,
        WebhookError.UnknownEventType => WebhookText.Error_UnknownEventType,
        WebhookError.UnknownAgency => WebhookText.Error_UnknownAgency,
        WebhookError.TooMany => WebhookText.Error_TooMany,
        WebhookError.NotStopped => WebhookText.Error_NotStopped,
        WebhookError.ConsumerMissing => WebhookText.Error_ConsumerMissing,
        WebhookError.TasksInvalid => WebhookText.Error_TasksInvalid,
        WebhookError.UserKeyTooLong => Labels.Format(WebhookText.Error_UserKeyTooLong, WebhookService.MaxUserKeyLength),
        _ => WebhookText.Error_UnknownWebhook,
    };

    private async Task ActAsync(Func<Officer, string?> act, Action<string> refused)
    {
        CreateError = ConnectorError = RowError = Notice = null;
        Issued = null;
        try
        {
            var actor = await whoActs() ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
            Notice = act(actor);
        }
        catch (WebhookException refusal)
        {
            refused(Refusal(refusal.Code));
        }
        catch (OfficerAdminException)
        {
            refused(WebhookText.Error_NotAllowed);
        }

        Load();
    }
}
