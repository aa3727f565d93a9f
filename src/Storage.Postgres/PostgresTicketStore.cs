using System.Data;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IQueueStore"/> on PostgreSQL: the site's catalog, officers, tickets and their number counters, bookings,
/// desk states and the audit trail, with the same meaning as the LiteDB store's. Every write is one transaction that
/// is committed before the method returns; a move's journal entries are written in the same transaction.
/// </summary>
public sealed class PostgresTicketStore(PostgresDatabase database) : IQueueStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // The accounts as last read, asked for on every move (who is pressing): read once and again only after this
    // process saves one. One node owns its accounts for now; a second node needs a change notice (issue 19, part 2).
    private IReadOnlyList<Officer>? _officers;

    public SiteCatalog? LoadCatalog() => _database.Read(connection =>
    {
        var site = Document<SiteDocument>(connection, "SELECT doc FROM sites LIMIT 1");
        if (site is null)
        {
            return null;
        }

        return SiteCatalog.Create(
            site.ToSite(),
            Documents<ZoneDocument>(connection, "SELECT doc FROM zones ORDER BY id").ConvertAll(d => d.ToZone()),
            Documents<AgencyDocument>(connection, "SELECT doc FROM agencies ORDER BY id").ConvertAll(d => d.ToAgency()),
            Documents<ServiceDocument>(connection, "SELECT doc FROM services ORDER BY id").ConvertAll(d => d.ToService()),
            Documents<DeskDocument>(connection, "SELECT doc FROM desks ORDER BY id").ConvertAll(d => d.ToDesk()));
    });

    /// <summary>The store holds one building: saving a site replaces the one stored before.</summary>
    public void SaveSite(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var document = SiteDocument.From(site);
        _database.Write(connection =>
        {
            Execute(connection, "DELETE FROM sites");
            Execute(connection, "INSERT INTO sites (id, doc) VALUES ($1, $2)", document.Id, ToJson(document));
        });
    }

    public void SaveZone(Zone zone)
    {
        var document = ZoneDocument.From(zone ?? throw new ArgumentNullException(nameof(zone)));
        Upsert("zones", document.Id, ToJson(document));
    }

    public void SaveAgency(Agency agency)
    {
        var document = AgencyDocument.From(agency ?? throw new ArgumentNullException(nameof(agency)));
        Upsert("agencies", document.Id, ToJson(document));
    }

    public void SaveService(Service service)
    {
        var document = ServiceDocument.From(service ?? throw new ArgumentNullException(nameof(service)));
        Upsert("services", document.Id, ToJson(document));
    }

    public void SaveDesk(Desk desk)
    {
        var document = DeskDocument.From(desk ?? throw new ArgumentNullException(nameof(desk)));
        Upsert("desks", document.Id, ToJson(document));
    }

    public IReadOnlyList<Officer> LoadOfficers()
    {
        if (Volatile.Read(ref _officers) is { } known)
        {
            return known;
        }

        var officers = _database.Read(connection => Documents<OfficerDocument>(connection, "SELECT doc FROM officers"))
            .Select(d => d.ToOfficer())
            .OrderBy(o => o.UserName, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
        Volatile.Write(ref _officers, officers);
        return officers;
    }

    public void SaveOfficer(Officer officer)
    {
        var document = OfficerDocument.From(officer ?? throw new ArgumentNullException(nameof(officer)));
        Upsert("officers", document.Id, ToJson(document));
        ForgetOfficers();
    }

    /// <summary>After accounts were stored another way (a history): the next read goes to the database.</summary>
    internal void ForgetOfficers() => Volatile.Write(ref _officers, null);

    public IReadOnlyList<Ticket> LoadTickets(DateOnly serviceDate) => _database.Read(connection =>
        Documents<TicketDocument>(connection, "SELECT doc FROM tickets WHERE service_day = $1", StorageFormat.ToDay(serviceDate))
            .Select(d => d.ToTicket())
            .OrderBy(t => t.IssuedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList());

    public Ticket? FindTicket(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _database.Read(connection => Document<TicketDocument>(connection, "SELECT doc FROM tickets WHERE id = $1", id))?.ToTicket();
    }

    public Ticket? FindTicketByToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _database.Read(connection => Document<TicketDocument>(connection, "SELECT doc FROM tickets WHERE token = $1", token))?.ToTicket();
    }

    public int LastNumber(DateOnly serviceDate, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return _database.Read(connection => Scalar<int?>(
            connection,
            "SELECT last_number FROM number_counters WHERE service_day = $1 AND prefix = $2",
            StorageFormat.ToDay(serviceDate),
            prefix) ?? 0);
    }

    public void InsertTicket(Ticket ticket, Booking? checkedInBooking, IReadOnlyList<JournalEntry>? journal = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = TicketDocument.From(ticket);
        var booking = checkedInBooking is null ? null : BookingDocument.From(checkedInBooking);
        _database.Write(connection =>
        {
            LockJournalFor(connection, journal);

            // A duplicate id or token throws here, and the whole transaction (counter included) is rolled back.
            InsertTicket(connection, document);
            RaiseCounter(connection, document.ServiceDate, document.Prefix, document.Sequence);
            if (booking is not null)
            {
                UpsertBooking(connection, booking);
            }

            PostgresJournalStore.Append(connection, journal);
        });
    }

    /// <exception cref="KeyNotFoundException">The ticket was never inserted.</exception>
    public void UpdateTicket(Ticket ticket, IReadOnlyList<JournalEntry>? journal = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = TicketDocument.From(ticket);

        // A move is made on the version that was stored last: if another node moved the ticket meanwhile (which the
        // site's move lock prevents, unless that lock was lost; docs/adr/0022-two-nodes-one-database.md), the update is
        // refused rather than writing over that move.
        long? previous = ticket.History.Count >= 2 ? ticket.History[^2].Sequence : null;
        _database.Write(connection =>
        {
            LockJournalFor(connection, journal);
            var updated = Execute(
                connection,
                "UPDATE tickets SET token = $2, service_day = $3, last_sequence = $4, doc = $5 WHERE id = $1 AND ($6::bigint IS NULL OR last_sequence = $6)",
                document.Id,
                document.Token,
                document.ServiceDate,
                document.LastSequence,
                ToJson(document),
                previous);
            if (updated == 0 && Scalar<long?>(connection, "SELECT last_sequence FROM tickets WHERE id = $1", document.Id) is { } stored)
            {
                throw new DBConcurrencyException($"Ticket {ticket.Id} ({ticket.Number}) was moved meanwhile (stored move {stored}, not {previous}), so this move is refused.");
            }

            if (updated == 0)
            {
                throw new KeyNotFoundException($"Ticket {ticket.Id} ({ticket.Number}) is not stored, so it cannot be updated.");
            }

            PostgresJournalStore.Append(connection, journal);
        });
    }

    public Booking? FindBooking(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _database.Read(connection => Document<BookingDocument>(connection, "SELECT doc FROM bookings WHERE code = $1", code))?.ToBooking();
    }

    public void SaveBooking(Booking booking, IReadOnlyList<JournalEntry>? journal = null)
    {
        var document = BookingDocument.From(booking ?? throw new ArgumentNullException(nameof(booking)));
        _database.Write(connection =>
        {
            LockJournalFor(connection, journal);
            UpsertBooking(connection, document);
            PostgresJournalStore.Append(connection, journal);
        });
    }

    public Booking? FindBookingByToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _database.Read(connection => Document<BookingDocument>(connection, "SELECT doc FROM bookings WHERE token = $1 LIMIT 1", token))?.ToBooking();
    }

    public IReadOnlyList<Booking> LoadBookings(DateOnly from, DateOnly? through = null)
    {
        var first = StorageFormat.ToDay(from);
        var last = StorageFormat.ToDay(through ?? DateOnly.MaxValue);
        return _database.Read(connection =>
            Documents<BookingDocument>(connection, "SELECT doc FROM bookings WHERE service_day BETWEEN $1 AND $2", first, last).ConvertAll(d => d.ToBooking()));
    }

    public int EraseBookingHolders(DateOnly keepFrom, DateTimeOffset at)
    {
        var day = StorageFormat.ToDay(keepFrom);
        return _database.Write(connection =>
        {
            var due = Documents<BookingDocument>(connection, "SELECT doc FROM bookings WHERE service_day < $1 AND NOT erased FOR UPDATE", day);
            foreach (var document in due)
            {
                document.Phone = null;
                document.NikHash = null;
                document.NikLast4 = null;
                document.ErasedAtUtcTicks = at.UtcTicks;
                UpsertBooking(connection, document);
            }

            return due.Count;
        });
    }

    public IReadOnlyList<DeskState> LoadDeskStates() => _database.Read(connection =>
        Documents<DeskStateDocument>(connection, "SELECT doc FROM desk_states ORDER BY desk_id").ConvertAll(d => d.ToDeskState()));

    public void SaveDeskState(DeskState state, IReadOnlyList<JournalEntry>? journal = null)
    {
        var document = DeskStateDocument.From(state ?? throw new ArgumentNullException(nameof(state)));
        _database.Write(connection =>
        {
            LockJournalFor(connection, journal);
            UpsertDeskState(connection, document);
            PostgresJournalStore.Append(connection, journal);
        });
    }

    public void AppendAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = AuditDocument.From(entry);
        _database.Write(connection => Execute(connection, "INSERT INTO audit (id, at_utc_ticks, doc) VALUES ($1, $2, $3)", document.Id, document.AtUtcTicks, ToJson(document)));
    }

    public IReadOnlyList<AuditEntry> LoadAudit(DateTimeOffset fromUtc, DateTimeOffset toUtc) => _database.Read(connection =>
        Documents<AuditDocument>(
            connection,
            "SELECT doc FROM audit WHERE at_utc_ticks >= $1 AND at_utc_ticks < $2 ORDER BY at_utc_ticks, position",
            fromUtc.UtcTicks,
            toUtc.UtcTicks).ConvertAll(d => d.ToAuditEntry()));

    public long LastSequence() => _database.Read(connection => Scalar<long?>(
        connection,
        """
        SELECT GREATEST(
            (SELECT max(last_sequence) FROM tickets),
            (SELECT max(last_sequence) FROM desk_states),
            (SELECT max(sequence) FROM journal),
            0)
        """) ?? 0);

    internal static void InsertTicket(NpgsqlConnection connection, TicketDocument document) => Execute(
        connection,
        "INSERT INTO tickets (id, token, service_day, last_sequence, doc) VALUES ($1, $2, $3, $4, $5)",
        document.Id,
        document.Token,
        document.ServiceDate,
        document.LastSequence,
        ToJson(document));

    /// <summary>Never moves a counter back, so that a number once issued is never issued again.</summary>
    internal static void RaiseCounter(NpgsqlConnection connection, int serviceDay, string prefix, int last) => Execute(
        connection,
        """
        INSERT INTO number_counters (service_day, prefix, last_number) VALUES ($1, $2, $3)
        ON CONFLICT (service_day, prefix) DO UPDATE SET last_number = GREATEST(number_counters.last_number, EXCLUDED.last_number)
        """,
        serviceDay,
        prefix,
        last);

    internal static void UpsertBooking(NpgsqlConnection connection, BookingDocument document) => Execute(
        connection,
        """
        INSERT INTO bookings (code, token, service_day, erased, doc) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (code) DO UPDATE SET token = EXCLUDED.token, service_day = EXCLUDED.service_day, erased = EXCLUDED.erased, doc = EXCLUDED.doc
        """,
        document.Code,
        document.Token,
        document.Date,
        document.ErasedAtUtcTicks is not null,
        ToJson(document));

    internal static void UpsertDeskState(NpgsqlConnection connection, DeskStateDocument document) => Execute(
        connection,
        """
        INSERT INTO desk_states (desk_id, last_sequence, doc) VALUES ($1, $2, $3)
        ON CONFLICT (desk_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence, doc = EXCLUDED.doc
        """,
        document.DeskId,
        document.LastSequence,
        ToJson(document));

    internal static void Upsert(NpgsqlConnection connection, string table, string id, DocumentJson document) => Execute(
        connection,
        $"INSERT INTO {table} (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc",
        id,
        document);

    private static void LockJournalFor(NpgsqlConnection connection, IReadOnlyList<JournalEntry>? journal)
    {
        if (journal is { Count: > 0 })
        {
            LockJournal(connection);
        }
    }

    private void Upsert(string table, string id, DocumentJson document) => _database.Write(connection => Upsert(connection, table, id, document));
}
