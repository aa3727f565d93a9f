using System.Collections.Concurrent;
using MppQueue.Core;

namespace MppQueue.HostTesting;

/// <summary>An <see cref="INoticeStore"/> in memory for the Web Push tests, until the LiteDB store is there: contacts, notices, the VAPID keys.</summary>
public sealed class MemoryNoticeStore : INoticeStore
{
    private readonly ConcurrentDictionary<string, NoticeContact> _contacts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Notice> _notices = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private VapidKeys? _keys;
    private long? _cursor;

    public int VapidKeySaves { get; private set; }

    public NoticeContact? FindContact(string id) => _contacts.GetValueOrDefault(id);

    public IReadOnlyList<NoticeContact> LoadContacts() => [.. _contacts.Values];

    public void SaveContact(NoticeContact contact) => _contacts[contact.Id] = contact;

    public void DeleteContact(string id) => _contacts.TryRemove(id, out _);

    public int DeleteContactsBefore(DateOnly day)
    {
        var old = _contacts.Values.Where(c => c.KeepUntil < day).ToList();
        old.ForEach(c => _contacts.TryRemove(c.Id, out _));
        return old.Count;
    }

    public Notice? FindNotice(string id) => _notices.GetValueOrDefault(id);

    public IReadOnlyList<Notice> AddNotices(IReadOnlyList<Notice> notices, long? cursor)
    {
        var added = notices.Where(n => _notices.TryAdd(n.Id, n)).ToList();
        _cursor = cursor ?? _cursor;
        return added;
    }

    public void SaveNotice(Notice notice) => _notices[notice.Id] = notice;

    public IReadOnlyList<Notice> LoadPendingNotices() => [.. _notices.Values.Where(n => n.State == NoticeState.Pending)];

    public IReadOnlyList<Notice> LoadNotices(NoticeSubject subject) => [.. _notices.Values.Where(n => n.ContactId == subject.Key).OrderBy(n => n.CreatedAt)];

    public IReadOnlyList<Notice> LoadNotices(DateOnly from, DateOnly through) => [.. _notices.Values.Where(n => n.Day >= from && n.Day <= through)];

    public Notice? FindNoticeByMessageId(string messageId) => _notices.Values.FirstOrDefault(n => n.ProviderMessageId == messageId);

    public long? NoticeCursor() => _cursor;

    public VapidKeys? LoadVapidKeys() => _keys;

    public VapidKeys SaveVapidKeys(VapidKeys keys)
    {
        lock (_gate)
        {
            VapidKeySaves++;
            return _keys ??= keys;
        }
    }
}
