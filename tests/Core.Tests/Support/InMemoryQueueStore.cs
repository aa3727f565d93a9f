using System.Collections.Concurrent;

namespace MppQueue.Core.Tests.Support;

/// <summary>A store in memory for engine tests; can be told to fail its next write, like a full disk.</summary>
public sealed class InMemoryQueueStore : IQueueStore, IJournalStore, IWebhookStore
{
    private readonly ConcurrentDictionary<string, Ticket> _tickets = new();
    private readonly ConcurrentDictionary<string, int> _counters = new();
    private readonly ConcurrentDictionary<string, Booking> _bookings = new();
    private readonly ConcurrentDictionary<string, DeskState> _desks = new();
    private readonly ConcurrentDictionary<string, Officer> _officers = new();
    private readonly ConcurrentDictionary<string, Zone> _zones = new();
    private readonly ConcurrentDictionary<string, Agency> _agencies = new();
    private readonly ConcurrentDictionary<string, Service> _services = new();
    private readonly ConcurrentDictionary<string, Desk> _deskConfig = new();
    private Site? _site;
    private int _failWebhookSaves;

    public bool FailNextWrite { get; set; }

    /// <summary>The next write is committed and then throws, as LiteDB can when its checkpoint fails.</summary>
    public bool ThrowAfterNextWrite { get; set; }

    public int Writes { get; private set; }

    /// <summary>How many of the next webhook position saves fail (then each works again).</summary>
    public int FailWebhookSaves
    {
        get => Math.Max(0, Volatile.Read(ref _failWebhookSaves));
        set => Volatile.Write(ref _failWebhookSaves, value);
    }

    public IReadOnlyCollection<Ticket> AllTickets => [.. _tickets.Values];

    public SiteCatalog? LoadCatalog() =>
        _site is null ? null : SiteCatalog.Create(_site, _zones.Values, _agencies.Values, _services.Values, _deskConfig.Values);

    public void SaveSite(Site site) => Write(() => _site = site);

    public void SaveZone(Zone zone) => Write(() => _zones[zone.Id] = zone);

    public void SaveAgency(Agency agency) => Write(() => _agencies[agency.Id] = agency);

    public void SaveService(Service service) => Write(() => _services[service.Id] = service);

    public void SaveDesk(Desk desk) => Write(() => _deskConfig[desk.Id] = desk);

    public IReadOnlyList<Officer> LoadOfficers() => [.. _officers.Values];

    public void SaveOfficer(Officer officer) => Write(() => _officers[officer.Id] = officer);

    public IReadOnlyList<Ticket> LoadTickets(DateOnly serviceDate) => [.. _tickets.Values.Where(t => t.ServiceDate == serviceDate)];

    public Ticket? FindTicket(string id) => _tickets.TryGetValue(id, out var t) ? t : null;

    public Ticket? FindTicketByToken(string token) => _tickets.Values.FirstOrDefault(t => t.Token == token);

    public int LastNumber(DateOnly serviceDate, string prefix) => _counters.TryGetValue(Key(serviceDate, prefix), out var n) ? n : 0;

    public void InsertTicket(Ticket ticket, Booking? checkedInBooking, IReadOnlyList<JournalEntry>? journal = null) => Write(() =>
    {
        if (!_tickets.TryAdd(ticket.Id, ticket))
        {
            throw new InvalidOperationException("duplicate id");
        }

        _counters[Key(ticket.ServiceDate, ticket.Number.Prefix)] = ticket.Number.Sequence;
        if (checkedInBooking is not null)
        {
            _bookings[checkedInBooking.Code] = checkedInBooking;
        }

        Append(journal);
    });

    public void UpdateTicket(Ticket ticket, IReadOnlyList<JournalEntry>? journal = null) => Write(() =>
    {
        _tickets[ticket.Id] = ticket;
        Append(journal);
    });

    public Booking? FindBooking(string code) => _bookings.TryGetValue(code, out var b) ? b : null;

    public void SaveBooking(Booking booking, IReadOnlyList<JournalEntry>? journal = null) => Write(() =>
    {
        _bookings[booking.Code] = booking;
        Append(journal);
    });

    public Booking? FindBookingByToken(string token) => _bookings.Values.FirstOrDefault(b => b.Token == token);

    public IReadOnlyList<Booking> LoadBookings(DateOnly from, DateOnly? through = null) => _bookings.Values.Where(b => b.Date >= from && (through is null || b.Date <= through)).ToList();

    public int EraseBookingHolders(DateOnly keepFrom, DateTimeOffset at)
    {
        var due = _bookings.Values.Where(b => b.Date < keepFrom && b.ErasedAt is null).ToList();
        Write(() =>
        {
            foreach (var booking in due)
            {
                _bookings[booking.Code] = booking with { Phone = null, NikHash = null, NikLast4 = null, ErasedAt = at };
            }
        });
        return due.Count;
    }

    public IReadOnlyList<DeskState> LoadDeskStates() => [.. _desks.Values];

    public void SaveDeskState(DeskState state, IReadOnlyList<JournalEntry>? journal = null) => Write(() =>
    {
        _desks[state.DeskId] = state;
        Append(journal);
    });

    /// <summary>Every journal entry written, oldest first, with its position.</summary>
    public List<JournalEntry> Journal { get; } = [];

    public List<AuditEntry> Audit { get; } = [];

    public void AppendAudit(AuditEntry entry) => Write(() => Audit.Add(entry));

    public IReadOnlyList<AuditEntry> LoadAudit(DateTimeOffset fromUtc, DateTimeOffset toUtc) =>
        [.. Audit.Where(e => e.At >= fromUtc && e.At < toUtc).OrderBy(e => e.At)];

    public long LastSequence() => new[]
    {
        _tickets.Values.Select(t => t.LastSequence).DefaultIfEmpty(0).Max(),
        _desks.Values.Select(d => d.LastSequence).DefaultIfEmpty(0).Max(),
        Journal.Select(e => e.Sequence).DefaultIfEmpty(0).Max(),
    }.Max();

    public Dictionary<string, WebhookSubscription> Webhooks { get; } = [];

    public IReadOnlyList<JournalEntry> ReadJournal(long afterId, int max)
    {
        lock (Journal)
        {
            return [.. Journal.Where(e => e.Id > afterId).Take(max)];
        }
    }

    public long LastJournalId()
    {
        lock (Journal)
        {
            return Journal.Count == 0 ? 0 : Journal[^1].Id;
        }
    }

    public long JournalIdBefore(long sequence)
    {
        lock (Journal)
        {
            return Journal.LastOrDefault(e => e.Sequence < sequence)?.Id ?? 0;
        }
    }

    public int PruneJournal(long upToId, DateTimeOffset before)
    {
        lock (Journal)
        {
            var last = LastJournalId();
            return Journal.RemoveAll(e => e.Id <= Math.Min(upToId, last - 1) && e.At < before);
        }
    }

    public IReadOnlyList<WebhookSubscription> LoadWebhooks()
    {
        lock (Webhooks)
        {
            return [.. Webhooks.Values];
        }
    }

    public void SaveWebhook(WebhookSubscription subscription)
    {
        lock (Webhooks)
        {
            Webhooks[subscription.Id] = subscription;
        }
    }

    public void SaveWebhooks(IReadOnlyCollection<WebhookSubscription> subscriptions)
    {
        if (Interlocked.Decrement(ref _failWebhookSaves) >= 0)
        {
            throw new IOException("database connection lost (simulated)");
        }

        lock (Webhooks)
        {
            foreach (var subscription in subscriptions.Where(s => Webhooks.ContainsKey(s.Id)))
            {
                Webhooks[subscription.Id] = subscription;
            }
        }
    }

    public void DeleteWebhook(string id)
    {
        lock (Webhooks)
        {
            Webhooks.Remove(id);
            WebhookAttempts.Remove(id);
        }
    }

    /// <summary>Each subscription's stored attempts, oldest first.</summary>
    public Dictionary<string, List<WebhookAttempt>> WebhookAttempts { get; } = [];

    public void AppendWebhookAttempts(IReadOnlyCollection<(string WebhookId, WebhookAttempt Attempt)> attempts, int kept)
    {
        lock (Webhooks)
        {
            foreach (var (webhookId, attempt) in attempts.Where(a => Webhooks.ContainsKey(a.WebhookId)))
            {
                if (!WebhookAttempts.TryGetValue(webhookId, out var stored))
                {
                    WebhookAttempts[webhookId] = stored = [];
                }

                stored.Add(attempt);
                stored.RemoveRange(0, Math.Max(0, stored.Count - kept));
            }
        }
    }

    public IReadOnlyList<WebhookAttempt> LoadWebhookAttempts(string webhookId)
    {
        lock (Webhooks)
        {
            return WebhookAttempts.TryGetValue(webhookId, out var attempts) ? [.. Enumerable.Reverse(attempts)] : [];
        }
    }

    private void Append(IReadOnlyList<JournalEntry>? entries)
    {
        lock (Journal)
        {
            foreach (var entry in entries ?? [])
            {
                Journal.Add(entry with { Id = (Journal.Count == 0 ? 0 : Journal[^1].Id) + 1 });
            }
        }
    }

    private static string Key(DateOnly date, string prefix) => $"{date:yyyyMMdd}:{prefix}";

    private void Write(Action action)
    {
        if (FailNextWrite)
        {
            FailNextWrite = false;
            throw new IOException("disk full (simulated)");
        }

        action();
        Writes++;
        if (ThrowAfterNextWrite)
        {
            ThrowAfterNextWrite = false;
            throw new IOException("checkpoint failed after commit (simulated)");
        }
    }
}
