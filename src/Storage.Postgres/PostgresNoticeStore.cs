using MppQueue.Core;
using MppQueue.Storage.Documents;
using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="INoticeStore"/> on PostgreSQL: contacts, notices, the journal cursor and the VAPID keys.</summary>
public sealed class PostgresNoticeStore(PostgresDatabase database) : INoticeStore
{
    private const string StateId = "notices";

    private const string UpsertNotice = """
        INSERT INTO notices (id, state, ticket_id, booking_code, day, provider_message_id, doc) VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, ticket_id = EXCLUDED.ticket_id, booking_code = EXCLUDED.booking_code,
            day = EXCLUDED.day, provider_message_id = EXCLUDED.provider_message_id, doc = EXCLUDED.doc
        """;

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public NoticeContact? FindContact(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _database.Read(connection => Document<NoticeContactDocument>(connection, "SELECT doc FROM notice_contacts WHERE id = $1", id))?.ToContact();
    }

    public IReadOnlyList<NoticeContact> LoadContacts() => _database.Read(connection =>
        Documents<NoticeContactDocument>(connection, "SELECT doc FROM notice_contacts ORDER BY id").ConvertAll(d => d.ToContact()));

    public void SaveContact(NoticeContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var document = NoticeContactDocument.From(contact);
        _database.Write(connection => Execute(
            connection,
            "INSERT INTO notice_contacts (id, keep_until, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET keep_until = EXCLUDED.keep_until, doc = EXCLUDED.doc",
            document.Id,
            document.KeepUntil,
            ToJson(document)));
    }

    public void DeleteContact(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _database.Write(connection => Execute(connection, "DELETE FROM notice_contacts WHERE id = $1", id));
    }

    public int DeleteContactsBefore(DateOnly day) => _database.Write(connection =>
        Execute(connection, "DELETE FROM notice_contacts WHERE keep_until < $1", StorageFormat.ToDay(day)));

    public Notice? FindNotice(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _database.Read(connection => Document<NoticeDocument>(connection, "SELECT doc FROM notices WHERE id = $1", id))?.ToNotice();
    }

    public IReadOnlyList<Notice> AddNotices(IReadOnlyList<Notice> notices, long? cursor)
    {
        ArgumentNullException.ThrowIfNull(notices);
        return _database.Write(connection =>
        {
            var added = new List<Notice>();
            foreach (var notice in notices)
            {
                var d = NoticeDocument.From(notice);
                var inserted = Execute(
                    connection,
                    "INSERT INTO notices (id, state, ticket_id, booking_code, day, provider_message_id, doc) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
                    d.Id,
                    d.State,
                    d.TicketId,
                    d.BookingCode,
                    d.Day,
                    d.ProviderMessageId,
                    ToJson(d));
                if (inserted == 1)
                {
                    added.Add(notice);
                }
            }

            if (cursor is { } position)
            {
                var state = LockedState(connection);
                state.Cursor = position;
                SaveState(connection, state);
            }

            return added;
        });
    }

    public void SaveNotice(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var d = NoticeDocument.From(notice);
        _database.Write(connection => Execute(connection, UpsertNotice, d.Id, d.State, d.TicketId, d.BookingCode, d.Day, d.ProviderMessageId, ToJson(d)));
    }

    public IReadOnlyList<Notice> LoadPendingNotices() => _database.Read(connection =>
        Documents<NoticeDocument>(connection, "SELECT doc FROM notices WHERE state = $1", StorageFormat.ToName(NoticeState.Pending)).ConvertAll(d => d.ToNotice()));

    public IReadOnlyList<Notice> LoadNotices(NoticeSubject subject)
    {
        var documents = _database.Read(connection => subject.TicketId is { } ticketId
            ? Documents<NoticeDocument>(connection, "SELECT doc FROM notices WHERE ticket_id = $1", ticketId)
            : Documents<NoticeDocument>(connection, "SELECT doc FROM notices WHERE booking_code = $1 AND ticket_id IS NULL", subject.BookingCode ?? string.Empty));
        return documents.Select(d => d.ToNotice()).OrderBy(n => n.CreatedAt).ToList();
    }

    public IReadOnlyList<Notice> LoadNotices(DateOnly from, DateOnly through) => _database.Read(connection =>
        Documents<NoticeDocument>(connection, "SELECT doc FROM notices WHERE day BETWEEN $1 AND $2", StorageFormat.ToDay(from), StorageFormat.ToDay(through))
            .ConvertAll(d => d.ToNotice()));

    public Notice? FindNoticeByMessageId(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        return _database.Read(connection =>
            Document<NoticeDocument>(connection, "SELECT doc FROM notices WHERE provider_message_id = $1 LIMIT 1", messageId))?.ToNotice();
    }

    public long? NoticeCursor() => _database.Read(connection => State(connection)?.Cursor);

    public VapidKeys? LoadVapidKeys() => _database.Read(connection => Keys(State(connection)));

    /// <summary>Keeps the first keys ever saved: a second node (or a second call) gets those back instead of its own.</summary>
    public VapidKeys SaveVapidKeys(VapidKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return _database.Write(connection =>
        {
            var state = LockedState(connection);
            if (Keys(state) is { } stored)
            {
                return stored;
            }

            state.VapidPublicKey = keys.PublicKey;
            state.VapidPrivateKey = keys.PrivateKey;
            state.VapidCreatedAtUtcTicks = StorageFormat.ToUtcTicks(keys.CreatedAt);
            SaveState(connection, state);
            return keys;
        });
    }

    private static VapidKeys? Keys(NoticeStateDocument? state) => state is { VapidPublicKey: { } pub, VapidPrivateKey: { } priv }
        ? new VapidKeys(pub, priv, StorageFormat.FromUtcTicks(state.VapidCreatedAtUtcTicks))
        : null;

    private static NoticeStateDocument? State(NpgsqlConnection connection) =>
        Document<NoticeStateDocument>(connection, "SELECT doc FROM notice_state WHERE id = $1", StateId);

    /// <summary>Inside a write: the state row, created when missing and locked until the transaction ends.</summary>
    private static NoticeStateDocument LockedState(NpgsqlConnection connection)
    {
        Execute(connection, "INSERT INTO notice_state (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", StateId, ToJson(new NoticeStateDocument { Id = StateId }));
        return Document<NoticeStateDocument>(connection, "SELECT doc FROM notice_state WHERE id = $1 FOR UPDATE", StateId)!;
    }

    private static void SaveState(NpgsqlConnection connection, NoticeStateDocument state) =>
        Execute(connection, "UPDATE notice_state SET doc = $2 WHERE id = $1", StateId, ToJson(state));
}
