using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="INoticeStore"/> on a <see cref="LiteFile"/>, under its one lock (ADR 2): visitors' contacts in a collection
/// of their own (so deleting one removes the number from the file), the notices, and one state document with the
/// journal cursor and the VAPID keys.
/// </summary>
public sealed class LiteNoticeStore(LiteFile file) : INoticeStore
{
    private const string StateId = "notices";
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public NoticeContact? FindContact(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _file.Read(() => Contacts().FindById(id)?.ToContact());
    }

    public IReadOnlyList<NoticeContact> LoadContacts() =>
        _file.Read(() => Contacts().FindAll().Select(d => d.ToContact()).ToList());

    public void SaveContact(NoticeContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var document = NoticeContactDocument.From(contact);
        EnsureIndexes();
        _file.Write(() => Contacts().Upsert(document));
    }

    public void DeleteContact(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _file.Write(() => Contacts().Delete(id));
    }

    public int DeleteContactsBefore(DateOnly day)
    {
        EnsureIndexes();
        var removed = 0;
        var before = StorageFormat.ToDay(day);
        _file.Write(() => removed = Contacts().DeleteMany(LiteWhere.Less(nameof(NoticeContactDocument.KeepUntil), before)));
        return removed;
    }

    public Notice? FindNotice(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _file.Read(() => Notices().FindById(id)?.ToNotice());
    }

    public IReadOnlyList<Notice> AddNotices(IReadOnlyList<Notice> notices, long? cursor)
    {
        ArgumentNullException.ThrowIfNull(notices);
        EnsureIndexes();
        var added = new List<Notice>();
        _file.Write(() =>
        {
            var collection = Notices();
            foreach (var notice in notices)
            {
                if (collection.FindById(notice.Id) is null && added.TrueForAll(n => n.Id != notice.Id))
                {
                    collection.Insert(NoticeDocument.From(notice));
                    added.Add(notice);
                }
            }

            if (cursor is { } position)
            {
                var state = State().FindById(StateId) ?? new NoticeStateDocument { Id = StateId };
                state.Cursor = position;
                State().Upsert(state);
            }
        });
        return added;
    }

    public void SaveNotice(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var document = NoticeDocument.From(notice);
        _file.Write(() => Notices().Upsert(document));
    }

    public IReadOnlyList<Notice> LoadPendingNotices()
    {
        EnsureIndexes();
        var pending = StorageFormat.ToName(NoticeState.Pending);
        return _file.Read(() => Notices().Find(LiteWhere.Equal(nameof(NoticeDocument.State), pending)).Select(d => d.ToNotice()).ToList());
    }

    public IReadOnlyList<Notice> LoadNotices(NoticeSubject subject)
    {
        EnsureIndexes();
        var query = subject.TicketId is { } ticketId
            ? LiteWhere.Equal(nameof(NoticeDocument.TicketId), ticketId)
            : LiteWhere.Equal(nameof(NoticeDocument.BookingCode), subject.BookingCode);
        return _file.Read(() => Notices().Find(query)
            .Where(d => subject.TicketId is not null || d.TicketId is null)
            .Select(d => d.ToNotice())
            .OrderBy(n => n.CreatedAt)
            .ToList());
    }

    public IReadOnlyList<Notice> LoadNotices(DateOnly from, DateOnly through)
    {
        EnsureIndexes();
        var query = LiteWhere.Between(nameof(NoticeDocument.Day), StorageFormat.ToDay(from), StorageFormat.ToDay(through));
        return _file.Read(() => Notices().Find(query).Select(d => d.ToNotice()).ToList());
    }

    public Notice? FindNoticeByMessageId(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        EnsureIndexes();
        return _file.Read(() => Notices().FindOne(LiteWhere.Equal(nameof(NoticeDocument.ProviderMessageId), messageId))?.ToNotice());
    }

    public long? NoticeCursor() => _file.Read(() => State().FindById(StateId)?.Cursor);

    public VapidKeys? LoadVapidKeys() => _file.Read(() => State().FindById(StateId) is { VapidPublicKey: { } pub, VapidPrivateKey: { } priv } s
        ? new VapidKeys(pub, priv, StorageFormat.FromUtcTicks(s.VapidCreatedAtUtcTicks))
        : null);

    public VapidKeys SaveVapidKeys(VapidKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return _file.Read(() =>
        {
            if (LoadVapidKeys() is { } stored)
            {
                return stored;
            }

            _file.Write(() =>
            {
                var state = State().FindById(StateId) ?? new NoticeStateDocument { Id = StateId };
                state.VapidPublicKey = keys.PublicKey;
                state.VapidPrivateKey = keys.PrivateKey;
                state.VapidCreatedAtUtcTicks = StorageFormat.ToUtcTicks(keys.CreatedAt);
                State().Upsert(state);
            });
            return keys;
        });
    }

    private ILiteCollection<NoticeContactDocument> Contacts() => _file.Collection<NoticeContactDocument>(CollectionNames.NoticeContacts);

    private ILiteCollection<NoticeDocument> Notices() => _file.Collection<NoticeDocument>(CollectionNames.Notices);

    private ILiteCollection<NoticeStateDocument> State() => _file.Collection<NoticeStateDocument>(CollectionNames.NoticeState);

    private void EnsureIndexes() => _file.EnsureIndexesOnce(CollectionNames.Notices, () =>
    {
        var notices = Notices();
        notices.EnsureIndex(d => d.State);
        notices.EnsureIndex(d => d.TicketId);
        notices.EnsureIndex(d => d.BookingCode);
        notices.EnsureIndex(d => d.Day);
        notices.EnsureIndex(d => d.ProviderMessageId);
        Contacts().EnsureIndex(d => d.KeepUntil);
    });
}
