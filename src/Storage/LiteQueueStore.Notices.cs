using MppQueue.Core;

namespace MppQueue.Storage;

/// <summary>The notices' port of the all-in-one store (<see cref="LiteNoticeStore"/>).</summary>
public sealed partial class LiteQueueStore : INoticeStore
{
    private LiteNoticeStore? _notices;

    private LiteNoticeStore Notices => _notices ??= new LiteNoticeStore(_file);

    public NoticeContact? FindContact(string id) => Notices.FindContact(id);

    public IReadOnlyList<NoticeContact> LoadContacts() => Notices.LoadContacts();

    public void SaveContact(NoticeContact contact) => Notices.SaveContact(contact);

    public void DeleteContact(string id) => Notices.DeleteContact(id);

    public int DeleteContactsBefore(DateOnly day) => Notices.DeleteContactsBefore(day);

    public Notice? FindNotice(string id) => Notices.FindNotice(id);

    public IReadOnlyList<Notice> AddNotices(IReadOnlyList<Notice> notices, long? cursor) => Notices.AddNotices(notices, cursor);

    public void SaveNotice(Notice notice) => Notices.SaveNotice(notice);

    public IReadOnlyList<Notice> LoadPendingNotices() => Notices.LoadPendingNotices();

    public IReadOnlyList<Notice> LoadNotices(NoticeSubject subject) => Notices.LoadNotices(subject);

    public IReadOnlyList<Notice> LoadNotices(DateOnly from, DateOnly through) => Notices.LoadNotices(from, through);

    public Notice? FindNoticeByMessageId(string messageId) => Notices.FindNoticeByMessageId(messageId);

    public long? NoticeCursor() => Notices.NoticeCursor();

    public VapidKeys? LoadVapidKeys() => Notices.LoadVapidKeys();

    public VapidKeys SaveVapidKeys(VapidKeys keys) => Notices.SaveVapidKeys(keys);
}
