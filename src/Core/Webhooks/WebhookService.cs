using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace MppQueue.Core;

/// <summary>
/// Delivers the journal (<see cref="JournalEntry"/>) to webhook subscriptions, and is the one place their state changes.
/// Each subscription has its own loop that reads the journal after its cursor and sends what it wants one event at a
/// time, in journal order (so the order of each ticket's events is kept), signed (<see cref="WebhookSigner"/>). A 2xx
/// answer moves the cursor on; anything else is tried again after a growing wait, and after
/// <see cref="WebhookOptions.MaxFailures"/> failures in a row the subscription stops: its events wait in the journal (the
/// dead-letter list) until it is replayed from a sequence number. Nothing is dropped. Cursors are written at most every
/// <see cref="WebhookOptions.CursorSaveSeconds"/> while delivering, and at once on every change of state, so after a crash
/// at most that much is sent again (at least once; receivers keep the event ids they have seen).
/// When several nodes serve the site (<see cref="ISharedChanges"/>), each keeps the subscriptions in memory and only the
/// leader delivers: a change made on any node is announced, and every other node reads the subscriptions again
/// (<see cref="Reload"/>), so a subscription made or deleted on a follower is delivered or stopped by the leader at once.
/// Attempts are written with the cursors (each subscription's last <see cref="AttemptsKept"/>; a failure's at once, with
/// its change of state), and a node that does not deliver reads the stored subscriptions when it is asked for them, so
/// every node, and a restarted one, shows the same attempts, cursor and state as the leader, at most
/// <see cref="WebhookOptions.CursorSaveSeconds"/> behind it. The loops themselves only read and write memory.
/// </summary>
public sealed partial class WebhookService : IDisposable
{
    public const int MaxPerOwner = 20;

    /// <summary>How many of a subscription's last attempts are kept (in the store) for its owner and the administration.</summary>
    public const int AttemptsKept = 100;

    /// <summary>The longest reason for a failure that an attempt keeps (a receiver's refusal message is cut there).</summary>
    public const int ErrorKept = 500;

    /// <summary>The longest user key a connector sends (as the header "user_key").</summary>
    public const int MaxUserKeyLength = 200;

    /// <summary>How many journal entries <see cref="Waiting"/> looks at, at most.</summary>
    public const int WaitingScanned = 20_000;

    /// <summary>How many connection tests a subscription keeps.</summary>
    public const int TestsKept = 10;

    private const int Batch = 100;

    /// <summary>How many of the newest journal entries are kept in memory for the loops to share.</summary>
    private const int TailKept = 2000;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    // Released when something waits to be written (a cursor moved, an attempt noted); the save loop sleeps until then.
    private readonly SemaphoreSlim _unsaved = new(0, int.MaxValue);
    private readonly IWebhookStore _store;
    private readonly IJournalStore _journal;
    private readonly HttpClient _http;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly ISharedChanges? _changes;
    private readonly Lock _gate = new();
    private readonly Lock _tailGate = new();

    // Held around every write of subscriptions, so a batch of cursors never overwrites a newer change of state.
    private readonly Lock _saveGate = new();
    private List<JournalEntry> _tail = [];
    private long _grew;
    private long _tailGrew = -1;
    private long _tailReadAt;
    private CancellationToken _running = new(canceled: true);

    public WebhookService(IWebhookStore store, IJournalStore journal, HttpClient http, WebhookOptions options, TimeProvider time, ILogger<WebhookService> log, ISharedChanges? changes = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        _log = log;
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _journal = journal;
        _http = http;
        _options = options;
        _time = time;
        foreach (var subscription in store.LoadWebhooks())
        {
            _slots[subscription.Id] = new Slot(subscription);
        }

        _changes = changes;
        changes?.Subscribe(SharedChange.Webhooks, Reload);
    }

    /// <summary>
    /// Reads the subscriptions again after another node changed them: a new one is added (and delivered, on the node
    /// that delivers), a deleted one stops. A node that delivers takes a stored subscription only when it is not the copy
    /// this node wrote last (another node paused, replayed or tested it), so its own cursors are not set back; a node
    /// that does not deliver takes every stored copy, cursors included.
    /// </summary>
    public void Reload()
    {
        lock (_gate)
        {
            // Under the save lock from the read on, so that no cursor of this node's is written in between.
            lock (_saveGate)
            {
                var stored = _store.LoadWebhooks().ToDictionary(s => s.Id, StringComparer.Ordinal);
                foreach (var (id, slot) in _slots)
                {
                    if (!stored.ContainsKey(id))
                    {
                        _slots.TryRemove(id, out _);
                        slot.Dispose();
                    }
                }

                foreach (var subscription in stored.Values)
                {
                    if (!_slots.TryGetValue(subscription.Id, out var slot))
                    {
                        var added = new Slot(subscription);
                        _slots[subscription.Id] = added;
                        Start(added);
                        continue;
                    }

                    bool taken;
                    lock (slot.Gate)
                    {
                        taken = !Delivering || slot.Saved is null || !SameWrite(subscription, slot.Saved);
                        if (taken)
                        {
                            slot.Current = subscription;
                            slot.Saved = subscription;
                            slot.Version++;
                        }
                    }

                    if (taken)
                    {
                        slot.Wake();
                    }
                }
            }
        }
    }

    // Whether this node runs the delivery loops (it holds the leader lease).
    private bool Delivering => !_running.IsCancellationRequested;

    // The same stored write: every field alike, the sets and lists by their items.
    private static bool SameWrite(WebhookSubscription a, WebhookSubscription b) =>
        a with { Types = b.Types, Tests = b.Tests, Connector = b.Connector } == b
        && a.Types.SetEquals(b.Types)
        && a.Tests.SequenceEqual(b.Tests)
        && (a.Connector is null ? b.Connector is null : b.Connector is not null
            && a.Connector with { TaskIds = b.Connector.TaskIds } == b.Connector && a.Connector.TaskIds.SequenceEqual(b.Connector.TaskIds));

    /// <summary>
    /// On a node that does not deliver (a follower), reads the stored subscriptions first, so that what it shows is the
    /// leader's as last written (the cursor between changes, a stop); one read when a page or client asks, no polling.
    /// </summary>
    private void Follow()
    {
        if (!Delivering && _changes is not null)
        {
            Reload();
        }
    }

    /// <summary>Before a change on a node that does not deliver: starts from the stored copy (the leader's cursor), not an old one in memory.</summary>
    private void Freshen(Slot slot)
    {
        if (!Delivering && _changes is not null && _store.LoadWebhooks().FirstOrDefault(s => s.Id == slot.Current.Id) is { } stored)
        {
            slot.Current = stored;
            slot.Saved = stored;
        }
    }

    /// <summary>Tells the other nodes (a change is stored already; one not heard is read at their next reconnection).</summary>
    private void Announce()
    {
        try
        {
            _changes?.Announce(SharedChange.Webhooks);
        }
#pragma warning disable CA1031 // The change is stored: failing to tell the others must not report it as failed.
        catch (Exception error)
#pragma warning restore CA1031
        {
            _log.LogWarning(error, "The other nodes could not be told of a changed webhook; they read it when they reconnect.");
        }
    }

    /// <summary>Every subscription, or those of one owner, by name.</summary>
    public IReadOnlyList<WebhookSubscription> List(string? ownerId = null)
    {
        Follow();
        return [.. _slots.Values.Select(s => s.Current)
            .Where(s => ownerId is null || s.OwnerId == ownerId)
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public WebhookSubscription? Find(string? id)
    {
        if (id is null)
        {
            return null;
        }

        Follow();
        return _slots.TryGetValue(id, out var slot) ? slot.Current : null;
    }

    /// <summary>
    /// Makes a subscription that starts with the next event. An owner (an API client) gets its own agency's events only
    /// (<paramref name="ownerAgencyId"/>); the administration may name an agency or none.
    /// </summary>
    /// <exception cref="WebhookException">A name, address or event type is not acceptable, or the owner has <see cref="MaxPerOwner"/> already.</exception>
    public WebhookSubscription Create(WebhookRequest request, string? ownerId, string? ownerAgencyId, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        var name = ValidName(request.Name);
        var url = CheckUrl(request.Url);
        var types = ImmutableSortedSet.CreateBuilder<JournalEventType>();
        foreach (var typeName in request.Types ?? [])
        {
            types.Add(JournalEventTypes.Parse(typeName) ?? throw new WebhookException(WebhookError.UnknownEventType, $"\"{typeName}\" is not an event type; see docs/api.md for the list."));
        }

        var agencyId = ownerId is null ? request.AgencyId : ownerAgencyId;
        if (agencyId is not null && !catalog.Agencies.ContainsKey(agencyId))
        {
            throw new WebhookException(WebhookError.UnknownAgency, $"There is no agency \"{agencyId}\".");
        }

        lock (_gate)
        {
            if (ownerId is not null && _slots.Values.Count(s => s.Current.OwnerId == ownerId) >= MaxPerOwner)
            {
                throw new WebhookException(WebhookError.TooMany, $"A client may have at most {MaxPerOwner} webhooks.");
            }

            return Add(new WebhookSubscription
            {
                Id = Tokens.NewId(),
                OwnerId = ownerId,
                Name = name,
                Url = url,
                Secret = WebhookSigner.NewSecret(),
                Types = types.ToImmutable(),
                AgencyId = agencyId,
                Cursor = _journal.LastJournalId(),
                CreatedAt = _time.GetUtcNow(),
            });
        }
    }

    /// <summary>
    /// Makes a "push timestamps per booking code" connector (<see cref="WebhookFormat.BookingTimestamps"/>) from the
    /// administration: the national system's address, consumer id, secret and user key, and which event is which task.
    /// It starts with the next event.
    /// </summary>
    /// <exception cref="WebhookException">A name, address, consumer id, secret or task is not acceptable.</exception>
    public WebhookSubscription CreateConnector(ConnectorRequest request, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        var name = ValidName(request.Name);
        var url = CheckUrl(request.Url);
        if (string.IsNullOrWhiteSpace(request.ConsumerId) || request.ConsumerId.Trim().Length > 100 || string.IsNullOrWhiteSpace(request.Secret) || request.Secret.Length > 200)
        {
            throw new WebhookException(WebhookError.ConsumerMissing, "A connector needs the consumer id and secret the other system gave (at most 100 and 200 characters).");
        }

        if (request.UserKey?.Trim().Length > MaxUserKeyLength)
        {
            throw new WebhookException(WebhookError.UserKeyTooLong, $"A connector's user key has at most {MaxUserKeyLength} characters.");
        }

        var tasks = ConnectorSettings.ParseTasks(request.Tasks ?? ConnectorSettings.DefaultTasks, out var problem)
            ?? throw new WebhookException(WebhookError.TasksInvalid, problem!);
        if (request.AgencyId is not null && !catalog.Agencies.ContainsKey(request.AgencyId))
        {
            throw new WebhookException(WebhookError.UnknownAgency, $"There is no agency \"{request.AgencyId}\".");
        }

        lock (_gate)
        {
            return Add(new WebhookSubscription
            {
                Id = Tokens.NewId(),
                Name = name,
                Url = url,
                Secret = request.Secret,
                Format = WebhookFormat.BookingTimestamps,
                Connector = new ConnectorSettings(request.ConsumerId.Trim(), string.IsNullOrWhiteSpace(request.UserKey) ? null : request.UserKey.Trim(), tasks),
                AgencyId = request.AgencyId,
                Cursor = _journal.LastJournalId(),
                CreatedAt = _time.GetUtcNow(),
            });
        }
    }

    /// <summary>
    /// Tests the connection now (<see cref="WebhookRequests.Test"/>) and keeps the result with the subscription (the last
    /// <see cref="TestsKept"/>); delivery goes on meanwhile.
    /// </summary>
    public async Task<ConnectionTest> TestAsync(string id, CancellationToken cancel = default)
    {
        var slot = Require(id);
        var now = _time.GetUtcNow();
        using var request = WebhookRequests.Test(slot.Current, now);
        var (status, error, took) = await ExchangeAsync(slot.Current, request, cancel).ConfigureAwait(false);
        var test = new ConnectionTest(now, status, error, took);
        lock (_saveGate)
        {
            lock (slot.Gate)
            {
                Freshen(slot);
                slot.Current = slot.Current with { Tests = slot.Current.Tests.Insert(0, test).Take(TestsKept).ToImmutableList() };
                if (_slots.ContainsKey(id))
                {
                    _store.SaveWebhooks([slot.Current]);
                    slot.Saved = slot.Current;
                }
            }
        }

        Announce();
        return test;
    }

    /// <summary>Removes a subscription; its loop stops before its next attempt.</summary>
    public void Delete(string id)
    {
        var slot = Require(id);
        lock (_gate)
        {
            _store.DeleteWebhook(id);
            _slots.TryRemove(id, out _);
            slot.Dispose();
        }

        Announce();
    }

    /// <summary>Pauses (events wait) or resumes delivery.</summary>
    public WebhookSubscription SetPaused(string id, bool paused) => Change(id, s => paused
        ? s with { State = WebhookState.Paused }
        : s with { State = WebhookState.Active, Failures = 0, StoppedAt = null });

    /// <summary>
    /// Delivers again from the first event with sequence number <paramref name="fromSequence"/> or later (already
    /// delivered ones too), and restarts a stopped subscription.
    /// </summary>
    public WebhookSubscription Replay(string id, long fromSequence) => Change(id, s => s with
    {
        Cursor = _journal.JournalIdBefore(Math.Max(0, fromSequence)),
        State = WebhookState.Active,
        Failures = 0,
        StoppedAt = null,
    });

    /// <summary>
    /// The events waiting for the subscription (for a stopped one: its dead-letter list), oldest first, at most
    /// <paramref name="max"/>; at most <see cref="WaitingScanned"/> journal entries are looked at, so a subscription far
    /// behind does not make the administration read the whole journal on every refresh.
    /// </summary>
    public IReadOnlyList<JournalEntry> Waiting(string id, int max)
    {
        var subscription = Require(id).Current;
        var waiting = new List<JournalEntry>();
        var after = subscription.Cursor;
        for (var scanned = 0; waiting.Count < max && scanned < WaitingScanned; scanned += Batch)
        {
            var batch = _journal.ReadJournal(after, Batch);
            if (batch.Count == 0)
            {
                break;
            }

            waiting.AddRange(batch.Where(subscription.Wants).Take(max - waiting.Count));
            after = batch[^1].Id;
        }

        return waiting;
    }

    /// <summary>The lowest cursor of all subscriptions: the journal before it is needed by none (everything when there are none).</summary>
    public long LowestCursor() => _slots.Values.Select(s => s.Current.Cursor).DefaultIfEmpty(long.MaxValue).Min();

    /// <summary>Tells every loop that the journal has grown.</summary>
    public void JournalGrew()
    {
        Interlocked.Increment(ref _grew);
        foreach (var slot in _slots.Values)
        {
            slot.Wake();
        }
    }

    /// <summary>Runs every subscription's loop until <paramref name="stopping"/>, then writes their cursors.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        lock (_gate)
        {
            _running = stopping;
            foreach (var slot in _slots.Values)
            {
                Start(slot);
            }
        }

        // The cursors that moved are written together, one transaction at most every CursorSaveSeconds, counted from the
        // first change since the last write: a server that delivers nothing does not wake for them at all.
        var every = TimeSpan.FromSeconds(Math.Max(0.05, _options.CursorSaveSeconds));
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await _unsaved.WaitAsync(stopping).ConfigureAwait(false);
                await Task.Delay(every, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            // The changes noted meanwhile go with this write.
            while (_unsaved.Wait(0, CancellationToken.None))
            {
            }

            if (!SaveCursorsOrTryAgain())
            {
                MarkUnsaved();
            }
        }

        var loops = _slots.Values.Select(s => s.Loop).Where(l => l is not null).Cast<Task>().ToArray();
        await Task.WhenAll(loops).ConfigureAwait(false);
        SaveCursorsOrTryAgain();

        // A later run (this node holds the leader lease again, after another node held it) starts every loop afresh.
        lock (_gate)
        {
            foreach (var slot in _slots.Values)
            {
                slot.Loop = null;
            }
        }
    }

    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Dispose();
        }

        _unsaved.Dispose();
    }

    /// <summary>The JSON body of an event's request.</summary>
    public static string Body(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("id", entry.EventId);
            json.WriteString("type", entry.Type.Name());
            json.WriteNumber("sequence", entry.Sequence);
            json.WriteString("occurredAt", entry.At);
            if (entry.AgencyId is not null)
            {
                json.WriteString("agencyId", entry.AgencyId);
            }

            json.WritePropertyName("data");
            json.WriteRawValue(entry.Data, skipInputValidation: true);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string ValidName(string? text)
    {
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 60)
        {
            throw new WebhookException(WebhookError.NameMissing, "A webhook or connector needs a name of 1 to 60 characters.");
        }

        return CatalogRules.HasControl(name)
            ? throw new WebhookException(WebhookError.NameNotPlain, "A webhook's or connector's name may not contain control characters.")
            : name;
    }

    /// <summary>Stores a new subscription and starts its loop; under <see cref="_gate"/>.</summary>
    private WebhookSubscription Add(WebhookSubscription subscription)
    {
        _store.SaveWebhook(subscription);
        var slot = new Slot(subscription);
        _slots[subscription.Id] = slot;
        Start(slot);
        Announce();
        return subscription;
    }

    private Uri CheckUrl(string? text)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.UserInfo.Length > 0 || text!.Length > 500)
        {
            throw new WebhookException(WebhookError.UrlInvalid, "The address must be a full https:// address without a user name, at most 500 characters.");
        }

        if (url.Scheme == "http" && !_options.AllowHttp)
        {
            throw new WebhookException(WebhookError.UrlNotHttps, "The address must use https://.");
        }

        if (OutboundHttp.IsThisMachine(url) && !_options.AllowLoopback)
        {
            throw new WebhookException(WebhookError.UrlOnThisMachine, "The address may not point at this server itself.");
        }

        return url;
    }

    private Slot Require(string? id) =>
        id is not null && _slots.TryGetValue(id, out var slot) ? slot : throw new WebhookException(WebhookError.UnknownWebhook, $"There is no webhook \"{id}\".");

    private WebhookSubscription Change(string id, Func<WebhookSubscription, WebhookSubscription> change)
    {
        var slot = Require(id);
        WebhookSubscription changed;
        lock (_saveGate)
        {
            lock (slot.Gate)
            {
                Freshen(slot);
                changed = change(slot.Current);
                _store.SaveWebhooks([changed]);
                slot.Current = changed;
                slot.Saved = changed;
                slot.Version++;
            }
        }

        slot.Wake();
        Announce();
        return changed;
    }

    private void Start(Slot slot)
    {
        if (!_running.IsCancellationRequested && slot.Loop is null)
        {
            var stopping = slot.StopWith(_running);
            slot.Loop = Task.Run(() => LoopAsync(slot, stopping));
        }
    }

    private async Task LoopAsync(Slot slot, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await DeliverSomeAsync(slot, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A store error must not end the loop for good; it is tried again after the poll interval.
            catch (Exception error)
#pragma warning restore CA1031
            {
                _log.LogError(error, "Webhook {Id} could not deliver; trying again shortly.", slot.Current.Id);
                await slot.WaitAsync(Poll, stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task DeliverSomeAsync(Slot slot, CancellationToken stopping)
    {
        var subscription = slot.Current;
        var version = slot.Version;
        if (subscription.State != WebhookState.Active)
        {
            await slot.WaitAsync(Timeout.InfiniteTimeSpan, stopping).ConfigureAwait(false);
            return;
        }

        if (subscription is { Failures: > 0, LastAttemptAt: { } last })
        {
            var due = last + _options.RetryAfter(subscription.Failures) - _time.GetUtcNow();
            if (due > TimeSpan.Zero)
            {
                await slot.WaitAsync(due, stopping).ConfigureAwait(false);
                return;
            }
        }

        var batch = ReadAfter(subscription.Cursor);
        if (batch.Count == 0)
        {
            await slot.WaitAsync(Poll, stopping).ConfigureAwait(false);
            return;
        }

        foreach (var entry in batch)
        {
            if (slot.Version != version)
            {
                return;
            }

            if (!slot.Current.Wants(entry))
            {
                Advance(slot, version, entry.Id, null);
                MarkUnsaved();
                continue;
            }

            var attempt = await SendAsync(slot.Current, entry, stopping).ConfigureAwait(false);
            Record(slot, attempt);
            MarkUnsaved();
            if (attempt.Delivered)
            {
                Advance(slot, version, entry.Id, attempt);
                continue;
            }

            Fail(slot, version, attempt);
            return;
        }
    }

    /// <summary>
    /// The entries after a cursor, at most a batch. Loops that keep up share one in-memory tail of the journal, read from
    /// the store once per growth (or once a second), instead of each reading the store on every move; a loop that is
    /// behind the tail (after a replay, a restart or a long failure) reads the store itself.
    /// </summary>
    private IReadOnlyList<JournalEntry> ReadAfter(long cursor)
    {
        lock (_tailGate)
        {
            var grew = Volatile.Read(ref _grew);
            if (_tail.Count == 0)
            {
                // The tail starts at the newest entry; a loop behind it reads the store itself until it catches up.
                _tail = [.. _journal.ReadJournal(Math.Max(0, _journal.LastJournalId() - 1), Batch)];
                _tailGrew = grew;
                _tailReadAt = Stopwatch.GetTimestamp();
            }

            if (_tail.Count == 0 || cursor < _tail[0].Id - 1)
            {
                return _journal.ReadJournal(cursor, Batch);
            }

            if (grew != _tailGrew || Stopwatch.GetElapsedTime(_tailReadAt) > TimeSpan.FromSeconds(1))
            {
                _tailGrew = grew;
                _tailReadAt = Stopwatch.GetTimestamp();
                while (true)
                {
                    var fresh = _journal.ReadJournal(_tail[^1].Id, Batch);
                    _tail.AddRange(fresh);
                    if (fresh.Count < Batch)
                    {
                        break;
                    }
                }

                if (_tail.Count > TailKept)
                {
                    _tail.RemoveRange(0, _tail.Count - TailKept);
                }
            }

            var from = _tail.FindIndex(e => e.Id > cursor);
            return from < 0 ? [] : _tail.GetRange(from, Math.Min(Batch, _tail.Count - from));
        }
    }

    /// <summary>
    /// <see cref="SaveCursors"/>, outliving a store that fails for a while (a locked file, a lost connection): what was
    /// not written stays in memory and goes with the next save. Otherwise one failed save would end the saving for good
    /// while delivery went on, and a restart would send again everything delivered since.
    /// </summary>
    private bool SaveCursorsOrTryAgain()
    {
        try
        {
            SaveCursors();
            return true;
        }
#pragma warning disable CA1031 // Any store error: the positions and attempts stay in memory and are written next time.
        catch (Exception error)
#pragma warning restore CA1031
        {
            _log.LogWarning(error, "Webhook positions and attempts could not be saved; trying again shortly.");
            return false;
        }
    }

    /// <summary>A cursor moved or an attempt was noted: the save loop writes it within <see cref="WebhookOptions.CursorSaveSeconds"/>.</summary>
    private void MarkUnsaved()
    {
        if (_unsaved.CurrentCount == 0)
        {
            _unsaved.Release();
        }
    }

    /// <summary>Writes the attempts made since the last write, then every subscription whose cursor moved since it was last written, each in one transaction.</summary>
    private void SaveCursors()
    {
        lock (_saveGate)
        {
            SaveAttempts(_slots.Values);
            var moved = new List<(Slot Slot, WebhookSubscription Subscription)>();
            foreach (var slot in _slots.Values)
            {
                lock (slot.Gate)
                {
                    if (slot.Saved != slot.Current)
                    {
                        moved.Add((slot, slot.Current));
                    }
                }
            }

            if (moved.Count == 0)
            {
                return;
            }

            _store.SaveWebhooks([.. moved.Select(m => m.Subscription)]);
            foreach (var (slot, subscription) in moved)
            {
                lock (slot.Gate)
                {
                    slot.Saved = subscription;
                }
            }
        }
    }

    private async Task<WebhookAttempt> SendAsync(WebhookSubscription subscription, JournalEntry entry, CancellationToken stopping)
    {
        var now = _time.GetUtcNow();
        using var request = WebhookRequests.For(subscription, entry, now);
        var (status, error, took) = await ExchangeAsync(subscription, request, stopping).ConfigureAwait(false);
        if (error?.Length > ErrorKept)
        {
            error = error[..ErrorKept] + "…";
        }

        return new WebhookAttempt(entry.EventId, entry.Id, entry.Sequence, entry.Type, now, status, error, took);
    }

    private async Task<(int? Status, string? Error, TimeSpan Took)> ExchangeAsync(WebhookSubscription subscription, HttpRequestMessage request, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return ((int)response.StatusCode, await WebhookRequests.FailureOf(subscription, response, timeout.Token).ConfigureAwait(false), watch.Elapsed);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return (null, $"No answer within {_options.TimeoutSeconds:0.#} s.", watch.Elapsed);
        }
        catch (HttpRequestException failed)
        {
            return (null, OutboundHttp.Describe(failed), watch.Elapsed);
        }
    }

    private static void Advance(Slot slot, long version, long journalId, WebhookAttempt? attempt)
    {
        lock (slot.Gate)
        {
            if (slot.Version == version)
            {
                slot.Current = slot.Current with
                {
                    Cursor = journalId,
                    Failures = 0,
                    LastError = attempt is null ? slot.Current.LastError : null,
                    LastAttemptAt = attempt?.At ?? slot.Current.LastAttemptAt,
                };
            }
        }
    }

    private void Fail(Slot slot, long version, WebhookAttempt attempt)
    {
        bool stop;
        lock (slot.Gate)
        {
            if (slot.Version != version)
            {
                return;
            }

            var failures = slot.Current.Failures + 1;
            stop = failures >= _options.MaxFailures;
            slot.Current = slot.Current with
            {
                Failures = failures,
                LastError = attempt.Error,
                LastAttemptAt = attempt.At,
                State = stop ? WebhookState.Stopped : slot.Current.State,
                StoppedAt = stop ? attempt.At : slot.Current.StoppedAt,
            };
        }

        Save(slot);
        if (stop)
        {
            // The other nodes' administration shows it stopped (a failure that does not stop it is not worth a notice).
            Announce();
        }
    }

    /// <summary>Writes the subscription now (a change of state) with its attempts, unless it was removed.</summary>
    private void Save(Slot slot)
    {
        lock (_saveGate)
        {
            SaveAttempts([slot]);
            lock (slot.Gate)
            {
                if (_slots.ContainsKey(slot.Current.Id) && slot.Saved != slot.Current)
                {
                    _store.SaveWebhooks([slot.Current]);
                    slot.Saved = slot.Current;
                }
            }
        }
    }
}
