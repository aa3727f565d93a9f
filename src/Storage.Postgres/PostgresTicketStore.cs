using System.Data;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IQueueStore"/> on PostgreSQL: the site's catalog, officers, tickets and their number counters, bookings,
/// desk states and the audit trail, with the same meaning as the LiteDB store's. Every write is one transaction that
/// is committed before the method returns; a move's journal entries are written in the same transaction. This file
/// holds the tickets and what every part shares; the catalog and accounts, the bookings, and the desks' states with
/// the audit trail are in the partial files beside it.
/// </summary>
public sealed partial class PostgresTicketStore : IQueueStore
{
    /// <summary>The unique index on a day's ticket numbers (migration 3).</summary>
    private const string NumberIndex = "tickets_number";

    private readonly PostgresDatabase _database;

    // Tells the site's other nodes of an account saved here, and this node of theirs (they keep the accounts in memory).
    private readonly ISharedChanges? _changes;

    /// <param name="database">The site's database.</param>
    /// <param name="changes">Where the nodes tell each other of changed accounts; none when one process owns the database.</param>
    public PostgresTicketStore(PostgresDatabase database, ISharedChanges? changes = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _changes = changes;
        changes?.Subscribe(SharedChange.Accounts, ForgetOfficers);
    }

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
        try
        {
            _database.WriteAtOnce(batch =>
            {
                // A duplicate id, token or number fails here, and none of the batch (counter included) is kept.
                InsertTicket(batch, document);
                RaiseCounter(batch, document.ServiceDate, document.Prefix, document.Sequence);
                if (booking is not null)
                {
                    UpsertBooking(batch, booking);
                }

                PostgresJournalStore.Append(batch, _database, journal);
            });
        }
        catch (PostgresException duplicate) when (duplicate is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: NumberIndex })
        {
            // Another node gave this number meanwhile (its move lock lost mid-move): refused, as a stale ticket update is.
            throw new ConstraintException($"Number {ticket.Number} of {ticket.ServiceDate:yyyy-MM-dd} is already stored, so this ticket is refused.", duplicate);
        }
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
        const string Update =
            "UPDATE tickets SET token = $2, service_day = $3, last_sequence = $4, doc = $5 WHERE id = $1 AND ($6::bigint IS NULL OR last_sequence = $6)";
        object?[] values = [document.Id, document.Token, document.ServiceDate, document.LastSequence, ToJson(document), previous];

        // One round trip: the update, and the move's journal entries written only with it (they are selected from the
        // updated row), so a refused update leaves nothing behind.
        var written = _database.WriteAtOnce(batch => journal is { Count: > 0 }
            ? PostgresJournalStore.Append(batch, _database, journal, Update, values)
            : batch.Add(Update, values));
        if (written > 0)
        {
            return;
        }

        if (_database.Read(connection => Scalar<long?>(connection, "SELECT last_sequence FROM tickets WHERE id = $1", document.Id)) is { } stored)
        {
            throw new DBConcurrencyException($"Ticket {ticket.Id} ({ticket.Number}) was moved meanwhile (stored move {stored}, not {previous}), so this move is refused.");
        }

        throw new KeyNotFoundException($"Ticket {ticket.Id} ({ticket.Number}) is not stored, so it cannot be updated.");
    }

    public long LastSequence() => _database.Read(connection => Scalar<long?>(
        connection,
        """
        SELECT GREATEST(
            (SELECT max(last_sequence) FROM tickets),
            (SELECT max(last_sequence) FROM desk_states),
            (SELECT max(sequence) FROM journal),
            0)
        """) ?? 0);

    internal static void InsertTicket(PostgresBatch batch, TicketDocument document) => batch.Add(
        "INSERT INTO tickets (id, token, service_day, last_sequence, doc) VALUES ($1, $2, $3, $4, $5)",
        document.Id,
        document.Token,
        document.ServiceDate,
        document.LastSequence,
        ToJson(document));

    /// <summary>Never moves a counter back, so that a number once issued is never issued again.</summary>
    internal static void RaiseCounter(PostgresBatch batch, int serviceDay, string prefix, int last) => batch.Add(
        """
        INSERT INTO number_counters (service_day, prefix, last_number) VALUES ($1, $2, $3)
        ON CONFLICT (service_day, prefix) DO UPDATE SET last_number = GREATEST(number_counters.last_number, EXCLUDED.last_number)
        """,
        serviceDay,
        prefix,
        last);

    internal static void UpsertBooking(PostgresBatch batch, BookingDocument document) => batch.Add(
        """
        INSERT INTO bookings (code, token, service_day, erased, doc) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (code) DO UPDATE SET token = EXCLUDED.token, service_day = EXCLUDED.service_day, erased = EXCLUDED.erased, doc = EXCLUDED.doc
        """,
        document.Code,
        document.Token,
        document.Date,
        document.ErasedAtUtcTicks is not null,
        ToJson(document));

    internal static void UpsertDeskState(PostgresBatch batch, DeskStateDocument document) => batch.Add(
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

    private void Upsert(string table, string id, DocumentJson document) => _database.Write(connection => Upsert(connection, table, id, document));
}
