using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IQueueStore"/> on one LiteDB file, opened once for the whole process in direct mode.
/// Every operation, read or write, runs under one lock, and every write is one explicit transaction
/// followed by a checkpoint, so that it is on disk when the method returns
/// (see docs/adr/0002-one-litedb-one-write-lock.md).
/// </summary>
public sealed partial class LiteQueueStore : IQueueStore, IDisposable
{
    /// <summary>The file name that keeps the database in memory only (for tests).</summary>
    public const string InMemory = ":memory:";

    private const string Sites = "sites";
    private const string Zones = "zones";
    private const string Agencies = "agencies";
    private const string Services = "services";
    private const string Desks = "desks";
    private const string Officers = "officers";
    private const string Tickets = "tickets";
    private const string Bookings = "bookings";
    private const string DeskStates = "deskStates";
    private const string Counters = "counters";
    private const string Audit = "audit";

    // LiteDB 5.0.20 races when writes to different collections overlap, and its explicit
    // transactions belong to a thread: one lock around everything, no await inside it.
    private readonly Lock _gate = new();
    private readonly LiteDatabase _db;
    private bool _disposed;

    /// <param name="path">The data file (its folder is created when missing), or <see cref="InMemory"/>.</param>
    public LiteQueueStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DataFile = path == InMemory ? null : Path.GetFullPath(path);
        if (path != InMemory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var connection = new ConnectionString
        {
            Filename = path,
            Connection = ConnectionType.Direct,
        };
        _db = new LiteDatabase(connection, CreateMapper());
        try
        {
            EnsureIndexes();
        }
        catch
        {
            _db.Dispose();
            throw;
        }
    }

    public SiteCatalog? LoadCatalog()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
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
        }
    }

    /// <summary>The store holds one building: saving a site replaces the one stored before.</summary>
    public void SaveSite(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var document = SiteDocument.From(site);
        Write(() =>
        {
            var sites = Collection<SiteDocument>(Sites);
            sites.DeleteAll();
            sites.Insert(document);
        });
    }

    public void SaveZone(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var document = ZoneDocument.From(zone);
        Write(() => Collection<ZoneDocument>(Zones).Upsert(document));
    }

    public void SaveAgency(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var document = AgencyDocument.From(agency);
        Write(() => Collection<AgencyDocument>(Agencies).Upsert(document));
    }

    public void SaveService(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var document = ServiceDocument.From(service);
        Write(() => Collection<ServiceDocument>(Services).Upsert(document));
    }

    public void SaveDesk(Desk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var document = DeskDocument.From(desk);
        Write(() => Collection<DeskDocument>(Desks).Upsert(document));
    }

    public IReadOnlyList<Officer> LoadOfficers()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<OfficerDocument>(Officers).FindAll()
                .Select(d => d.ToOfficer())
                .OrderBy(o => o.UserName, StringComparer.Ordinal)
                .ToList();
        }
    }

    public void SaveOfficer(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var document = OfficerDocument.From(officer);
        Write(() => Collection<OfficerDocument>(Officers).Upsert(document));
    }

    public IReadOnlyList<Ticket> LoadTickets(DateOnly serviceDate)
    {
        var day = StorageFormat.ToDay(serviceDate);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<TicketDocument>(Tickets).Find(Query.EQ(nameof(TicketDocument.ServiceDate), day))
                .Select(d => d.ToTicket())
                .OrderBy(t => t.IssuedAt)
                .ThenBy(t => t.Id, StringComparer.Ordinal)
                .ToList();
        }
    }

    public Ticket? FindTicket(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<TicketDocument>(Tickets).FindById(id)?.ToTicket();
        }
    }

    public Ticket? FindTicketByToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<TicketDocument>(Tickets).FindOne(Query.EQ(nameof(TicketDocument.Token), token))?.ToTicket();
        }
    }

    public int LastNumber(DateOnly serviceDate, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var key = StorageFormat.CounterKey(serviceDate, prefix);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<CounterDocument>(Counters).FindById(key)?.LastSequence ?? 0;
        }
    }

    public void InsertTicket(Ticket ticket, Booking? checkedInBooking)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = TicketDocument.From(ticket);
        var booking = checkedInBooking is null ? null : BookingDocument.From(checkedInBooking);
        var key = StorageFormat.CounterKey(ticket.ServiceDate, ticket.Number.Prefix);
        Write(() =>
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
        });
    }

    /// <exception cref="KeyNotFoundException">The ticket was never inserted.</exception>
    public void UpdateTicket(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = TicketDocument.From(ticket);
        Write(() =>
        {
            if (!Collection<TicketDocument>(Tickets).Update(document))
            {
                throw new KeyNotFoundException($"Ticket {ticket.Id} ({ticket.Number}) is not stored, so it cannot be updated.");
            }
        });
    }

    public Booking? FindBooking(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<BookingDocument>(Bookings).FindById(code)?.ToBooking();
        }
    }

    public void SaveBooking(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var document = BookingDocument.From(booking);
        Write(() => Collection<BookingDocument>(Bookings).Upsert(document));
    }

    public IReadOnlyList<DeskState> LoadDeskStates()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<DeskStateDocument>(DeskStates).FindAll()
                .Select(d => d.ToDeskState())
                .ToList();
        }
    }

    public void SaveDeskState(DeskState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var document = DeskStateDocument.From(state);
        Write(() => Collection<DeskStateDocument>(DeskStates).Upsert(document));
    }

    public void AppendAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = AuditDocument.From(entry);
        Write(() => Collection<AuditDocument>(Audit).Insert(document));
    }

    public IReadOnlyList<AuditEntry> LoadAudit(DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<AuditDocument>(Audit)
                .Find(Query.And(
                    Query.GTE(nameof(AuditDocument.AtUtcTicks), fromUtc.UtcTicks),
                    Query.LT(nameof(AuditDocument.AtUtcTicks), toUtc.UtcTicks)))
                .OrderBy(d => d.AtUtcTicks)
                .Select(d => d.ToAuditEntry())
                .ToList();
        }
    }

    public long LastSequence()
    {
        lock (_gate)
        {
            ThrowIfDisposed();

            // Both read the top of a descending LastSequence index: one document each, no scan.
            var ticket = Collection<TicketDocument>(Tickets)
                .Find(Query.All(nameof(TicketDocument.LastSequence), Query.Descending), skip: 0, limit: 1)
                .FirstOrDefault();
            var desk = Collection<DeskStateDocument>(DeskStates)
                .Find(Query.All(nameof(DeskStateDocument.LastSequence), Query.Descending), skip: 0, limit: 1)
                .FirstOrDefault();
            return Math.Max(Math.Max(ticket?.LastSequence ?? 0, desk?.LastSequence ?? 0), SequenceFloorValue());
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _db.Dispose();
        }
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            // LiteDB trims strings and turns "" into null by default; a store gives back what it was given.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            EnumAsInteger = false,
        };
        mapper.Entity<BookingDocument>().Id(d => d.Code, autoId: false);
        mapper.Entity<DeskStateDocument>().Id(d => d.DeskId, autoId: false);
        return mapper;
    }

    private void EnsureIndexes()
    {
        var tickets = Collection<TicketDocument>(Tickets);
        tickets.EnsureIndex(d => d.ServiceDate);
        tickets.EnsureIndex(d => d.Token, unique: true);
        tickets.EnsureIndex(d => d.LastSequence);
        Collection<DeskStateDocument>(DeskStates).EnsureIndex(d => d.LastSequence);
        Collection<AuditDocument>(Audit).EnsureIndex(d => d.AtUtcTicks);
        Checkpoint();
    }

    private ILiteCollection<T> Collection<T>(string name) => _db.GetCollection<T>(name);

    /// <summary>Runs one write as one transaction under the lock, and returns only once it is on disk.</summary>
    private void Write(Action work)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            if (!_db.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                work();
                _db.Commit();
            }
            catch
            {
                // LiteDB has already rolled back when one of its own calls threw; then this is a no-op.
                _db.Rollback();
                throw;
            }

            Checkpoint();
        }
    }

    /// <summary>
    /// LiteDB 5.0.20's Commit only queues the log (WAL) pages for a background writer task and returns
    /// before they reach the OS, so a process killed right after Commit can lose the transaction it
    /// reported (1 of 60 self-SIGKILLs straight after Commit did). Checkpoint first waits until that
    /// writer has written every queued page, then copies the log into the data file, fsyncs it and
    /// empties the log. See docs/adr/0002-one-litedb-one-write-lock.md.
    /// </summary>
    private void Checkpoint() => _db.Checkpoint();

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
