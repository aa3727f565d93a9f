using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.CollectionNames;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IQueueStore"/> on a <see cref="LiteFile"/>: the site's catalog, officers, tickets and their number
/// counters, bookings, desk states and the audit trail. Every call runs under the file's one lock, and every write is
/// one transaction that is on disk when the method returns (see docs/adr/0002-one-litedb-one-write-lock.md).
/// </summary>
public sealed class LiteTicketStore(LiteFile file) : IQueueStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    // The accounts as last read, asked for on every move (who is pressing) and every session check: read from the
    // file once and again only after a save. Set and cleared only under the file's lock; the list is never changed.
    private IReadOnlyList<Officer>? _officers;

    public SiteCatalog? LoadCatalog() => _file.Read(() =>
    {
        var site = Collection<SiteDocument>(Sites).FindAll().FirstOrDefault();
        if (site is null)
        {
            return null;
        }

        return SiteCatalog.Create(
            site.ToSite(),
            Collection<ZoneDocument>(Zones).FindAll().Select(d => d.ToZone()).ToList(),
            Collection<AgencyDocument>(Agencies).FindAll().Select(d => d.ToAgency()).ToList(),
            Collection<ServiceDocument>(Services).FindAll().Select(d => d.ToService()).ToList(),
            Collection<DeskDocument>(Desks).FindAll().Select(d => d.ToDesk()).ToList());
    });

    /// <summary>The store holds one building: saving a site replaces the one stored before.</summary>
    public void SaveSite(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var document = SiteDocument.From(site);
        _file.Write(() =>
        {
            var sites = Collection<SiteDocument>(Sites);
            sites.DeleteAll();
            sites.Insert(document);
        });
    }

    public void SaveZone(Zone zone) => Upsert(Zones, ZoneDocument.From(zone ?? throw new ArgumentNullException(nameof(zone))));

    public void SaveAgency(Agency agency) => Upsert(Agencies, AgencyDocument.From(agency ?? throw new ArgumentNullException(nameof(agency))));

    public void SaveService(Service service) => Upsert(Services, ServiceDocument.From(service ?? throw new ArgumentNullException(nameof(service))));

    public void SaveDesk(Desk desk) => Upsert(Desks, DeskDocument.From(desk ?? throw new ArgumentNullException(nameof(desk))));

    public IReadOnlyList<Officer> LoadOfficers() => Volatile.Read(ref _officers) ?? _file.Read(() => _officers ??=
        Collection<OfficerDocument>(Officers).FindAll()
            .Select(d => d.ToOfficer())
            .OrderBy(o => o.UserName, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly());

    public void SaveOfficer(Officer officer)
    {
        var document = OfficerDocument.From(officer ?? throw new ArgumentNullException(nameof(officer)));
        _file.Write(() =>
        {
            Collection<OfficerDocument>(Officers).Upsert(document);
            _officers = null;
        });
    }

    /// <summary>Called under the file's lock by a write that stored accounts another way (a history): the next read goes to the file.</summary>
    internal void ForgetOfficers() => _officers = null;

    public IReadOnlyList<Ticket> LoadTickets(DateOnly serviceDate)
    {
        var day = StorageFormat.ToDay(serviceDate);
        return _file.Read(() => Collection<TicketDocument>(Tickets).Find(LiteWhere.Equal(nameof(TicketDocument.ServiceDate), day))
            .Select(d => d.ToTicket())
            .OrderBy(t => t.IssuedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList());
    }

    public Ticket? FindTicket(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _file.Read(() => Collection<TicketDocument>(Tickets).FindById(id)?.ToTicket());
    }

    public Ticket? FindTicketByToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _file.Read(() => Collection<TicketDocument>(Tickets).FindOne(LiteWhere.Equal(nameof(TicketDocument.Token), token))?.ToTicket());
    }

    public int LastNumber(DateOnly serviceDate, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var key = StorageFormat.CounterKey(serviceDate, prefix);
        return _file.Read(() => Collection<CounterDocument>(Counters).FindById(key)?.LastSequence ?? 0);
    }

    public void InsertTicket(Ticket ticket, Booking? checkedInBooking, IReadOnlyList<JournalEntry>? journal = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = TicketDocument.From(ticket);
        var booking = checkedInBooking is null ? null : BookingDocument.From(checkedInBooking);
        var key = StorageFormat.CounterKey(ticket.ServiceDate, ticket.Number.Prefix);
        _file.Write(() =>
        {
            // A duplicate id or token throws here, and the whole transaction (counter included) is rolled back.
            Collection<TicketDocument>(Tickets).Insert(document);

            var counters = Collection<CounterDocument>(Counters);
            var last = counters.FindById(key)?.LastSequence ?? 0;

            // Never move the counter back, so that a number once issued is never issued again.
            counters.Upsert(new CounterDocument
            {
                Id = key,
                ServiceDate = document.ServiceDate,
                Prefix = document.Prefix,
                LastSequence = Math.Max(last, document.Sequence),
            });

            if (booking is not null)
            {
                Collection<BookingDocument>(Bookings).Upsert(booking);
            }

            LiteJournalStore.Append(_file, journal);
        });
    }

    /// <exception cref="KeyNotFoundException">The ticket was never inserted.</exception>
    public void UpdateTicket(Ticket ticket, IReadOnlyList<JournalEntry>? journal = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = TicketDocument.From(ticket);
        _file.Write(() =>
        {
            if (!Collection<TicketDocument>(Tickets).Update(document))
            {
                throw new KeyNotFoundException($"Ticket {ticket.Id} ({ticket.Number}) is not stored, so it cannot be updated.");
            }

            LiteJournalStore.Append(_file, journal);
        });
    }

    public Booking? FindBooking(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _file.Read(() => Collection<BookingDocument>(Bookings).FindById(code)?.ToBooking());
    }

    public void SaveBooking(Booking booking, IReadOnlyList<JournalEntry>? journal = null)
    {
        var document = BookingDocument.From(booking ?? throw new ArgumentNullException(nameof(booking)));
        _file.Write(() =>
        {
            Collection<BookingDocument>(Bookings).Upsert(document);
            LiteJournalStore.Append(_file, journal);
        });
    }

    public Booking? FindBookingByToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _file.Read(() => Collection<BookingDocument>(Bookings).FindOne(d => d.Token == token)?.ToBooking());
    }

    public IReadOnlyList<Booking> LoadBookings(DateOnly from, DateOnly? through = null)
    {
        var first = StorageFormat.ToDay(from);
        var last = StorageFormat.ToDay(through ?? DateOnly.MaxValue);
        return _file.Read(() => Collection<BookingDocument>(Bookings).Find(d => d.Date >= first && d.Date <= last).Select(d => d.ToBooking()).ToList());
    }

    public int EraseBookingHolders(DateOnly keepFrom, DateTimeOffset at)
    {
        var day = StorageFormat.ToDay(keepFrom);
        var count = 0;
        _file.Write(() =>
        {
            var bookings = Collection<BookingDocument>(Bookings);
            var due = bookings.Find(d => d.Date < day && d.ErasedAtUtcTicks == null).ToList();
            foreach (var document in due)
            {
                document.Phone = null;
                document.NikHash = null;
                document.NikLast4 = null;
                document.ErasedAtUtcTicks = at.UtcTicks;
                bookings.Update(document);
            }

            count = due.Count;
        });
        return count;
    }

    public IReadOnlyList<DeskState> LoadDeskStates() => _file.Read(() =>
        Collection<DeskStateDocument>(DeskStates).FindAll().Select(d => d.ToDeskState()).ToList());

    public void SaveDeskState(DeskState state, IReadOnlyList<JournalEntry>? journal = null)
    {
        var document = DeskStateDocument.From(state ?? throw new ArgumentNullException(nameof(state)));
        _file.Write(() =>
        {
            Collection<DeskStateDocument>(DeskStates).Upsert(document);
            LiteJournalStore.Append(_file, journal);
        });
    }

    public void AppendAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = AuditDocument.From(entry);
        _file.Write(() => Collection<AuditDocument>(Audit).Insert(document));
    }

    public IReadOnlyList<AuditEntry> LoadAudit(DateTimeOffset fromUtc, DateTimeOffset toUtc) => _file.Read(() =>
        Collection<AuditDocument>(Audit)
            // One range on the index: an And of two bounds would walk the index from the lower bound to its end.
            .Find(LiteWhere.Between(nameof(AuditDocument.AtUtcTicks), fromUtc.UtcTicks, toUtc.UtcTicks - 1))
            .OrderBy(d => d.AtUtcTicks)
            .Select(d => d.ToAuditEntry())
            .ToList());

    public long LastSequence() => _file.Read(() =>
    {
        // Both read the top of a descending LastSequence index: one document each, no scan.
        var ticket = Collection<TicketDocument>(Tickets)
            .Find(Query.All(nameof(TicketDocument.LastSequence), Query.Descending), skip: 0, limit: 1)
            .FirstOrDefault();
        var desk = Collection<DeskStateDocument>(DeskStates)
            .Find(Query.All(nameof(DeskStateDocument.LastSequence), Query.Descending), skip: 0, limit: 1)
            .FirstOrDefault();
        var journal = LiteJournalStore.LastSequence(_file);
        return Math.Max(Math.Max(Math.Max(ticket?.LastSequence ?? 0, desk?.LastSequence ?? 0), journal), LiteNumbering.SequenceFloor(_file));
    });

    /// <summary>
    /// Import path for history from elsewhere (another queue system, the report benchmark): stores many tickets of
    /// finished days in one transaction and advances their prefixes' counters, like <see cref="InsertTicket"/> does
    /// one by one. Not for the engine, which inserts each ticket durably as it is issued. The caller keeps
    /// batches to a few tens of thousands, so the lock is not held for long; a duplicate id or token rolls the
    /// whole batch back.
    /// </summary>
    public void ImportTickets(IReadOnlyCollection<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        if (tickets.Count == 0)
        {
            return;
        }

        var documents = tickets.Select(TicketDocument.From).ToList();
        var highest = documents
            .GroupBy(d => StorageFormat.CounterKey(StorageFormat.FromDay(d.ServiceDate), d.Prefix))
            .Select(g => (Key: g.Key, Day: g.First().ServiceDate, Prefix: g.First().Prefix, Last: g.Max(d => d.Sequence)))
            .ToList();
        _file.Write(() =>
        {
            Collection<TicketDocument>(Tickets).InsertBulk(documents);
            var counters = Collection<CounterDocument>(Counters);
            foreach (var (key, day, prefix, last) in highest)
            {
                var stored = counters.FindById(key)?.LastSequence ?? 0;
                counters.Upsert(new CounterDocument { Id = key, ServiceDate = day, Prefix = prefix, LastSequence = Math.Max(stored, last) });
            }
        });
    }

    private void Upsert<T>(string collection, T document) => _file.Write(() => Collection<T>(collection).Upsert(document));

    private ILiteCollection<T> Collection<T>(string name) => _file.Collection<T>(name);
}
