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
    /// <summary>How many waiting events the dead-letter list shows.</summary>
    public const int WaitingShown = 100;

    private readonly WebhookBacklog _backlog = new();
    private string? _confirmDelete;

    public IReadOnlyList<WebhookSubscription> Subscriptions { get; private set; } = [];

    /// <summary>The form that creates a subscription.</summary>
    public WebhookForm Form { get; } = new();

    /// <summary>The form that creates a connector.</summary>
    public ConnectorForm Connector { get; } = new();

    /// <summary>What the last action did or why it was refused.</summary>
    public WebhookOutcome Outcome { get; } = new();

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
        _backlog.Load(webhooks, Subscriptions);

        // From the same reading as the list and its waiting events: on a node that does not deliver, a second read
        // could already hold the leader's next cursor while the waiting events were counted from the one before.
        Selected = Selected is { } shown ? Subscriptions.FirstOrDefault(s => s.Id == shown.Id) : null;
        if (Selected is null)
        {
            SelectedWaiting = [];
            SelectedAttempts = [];
            return;
        }

        SelectedWaiting = [.. _backlog.Of(Selected.Id).Take(WaitingShown)];
        SelectedAttempts = webhooks.Attempts(Selected.Id);
        ReplayFrom ??= SelectedWaiting.Count > 0 ? SelectedWaiting[0].Sequence : null;
    }

    public void Select(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Selected = subscription;
        ReplayFrom = null;
        _confirmDelete = null;
        Outcome.ClearRow();
        Load();
    }

    public void CloseDetails()
    {
        Selected = null;
        Load();
    }

    public bool IsSelected(WebhookSubscription subscription) => subscription is not null && Selected?.Id == subscription.Id;

    /// <summary>How many events wait, counted up to <see cref="WebhookBacklog.Cap"/>.</summary>
    public int WaitingTotal(WebhookSubscription subscription) => _backlog.Total(subscription);

    /// <summary>How many events wait, "1000+" at the cap.</summary>
    public string WaitingCount(WebhookSubscription subscription) => _backlog.Count(subscription);

    public string OwnerName(WebhookSubscription subscription) => webhooks.OwnerName(subscription) ?? WebhookText.OwnerAdmin;

    public string AgencyName(string? agencyId) => agencyId is null
        ? WebhookText.AgencyAll
        : engine.Catalog.Agencies.GetValueOrDefault(agencyId)?.Name ?? agencyId;

    /// <summary>Creates the subscription on the form and shows its secret once.</summary>
    public Task CreateAsync() => ActAsync(
        actor =>
        {
            var made = webhooks.Create(actor, Form.ToRequest());
            Outcome.Issued = (made.Name, made.Secret);
            Form.Clear();
            return null;
        },
        error => Outcome.CreateError = error);

    /// <summary>Creates the connector on its form; its secret is the other system's, so nothing is shown afterwards.</summary>
    public Task CreateConnectorAsync() => ActAsync(
        actor =>
        {
            var made = webhooks.CreateConnector(actor, Connector.ToRequest());
            Connector.Clear();
            return Labels.Format(WebhookText.ConnectorCreated, made.Name);
        },
        error => Outcome.ConnectorError = error);

    /// <summary>Tests the selected subscription's connection now; the result joins its last tests.</summary>
    public Task TestAsync()
    {
        if (Selected is not { } selected)
        {
            return Task.CompletedTask;
        }

        return RunAsync(
            async actor =>
            {
                var test = await webhooks.TestAsync(actor, selected.Id);
                if (test.Passed)
                {
                    return Labels.Format(WebhookText.TestPassed, selected.Name, test.StatusCode ?? 0);
                }

                Outcome.RowError = Labels.Format(WebhookText.TestFailed, selected.Name, test.Error ?? string.Empty);
                return null;
            },
            error => Outcome.RowError = error);
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
            Outcome.RefuseRow(WebhookText.Error_ReplayFrom);
            return Task.CompletedTask;
        }

        return ActAsync(
            actor =>
            {
                var replayed = webhooks.Replay(actor, selected.Id, from);
                ReplayFrom = null;
                return Labels.Format(WebhookText.Replayed, replayed.Name, from);
            },
            error => Outcome.RowError = error);
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
            error => Outcome.RowError = error);
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
            error => Outcome.RowError = error);
    }

    public bool IsConfirmingDelete => Selected is not null && _confirmDelete == Selected.Id;

    private Task ActAsync(Func<Officer, string?> act, Action<string> refused) => RunAsync(actor => Task.FromResult(act(actor)), refused);

    private async Task RunAsync(Func<Officer, Task<string?>> act, Action<string> refused)
    {
        await Outcome.RunAsync(whoActs, act, refused);
        Load();
    }
}
