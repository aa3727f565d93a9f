namespace MppQueue.Core;

/// <summary>
/// Where visitors' contacts, the notices and the notice cursor into the journal are kept. Every write is atomic and
/// committed when the method returns.
/// </summary>
public interface INoticeStore
{
    NoticeContact? FindContact(string id);

    /// <summary>Every contact kept (a day's worth at most: they are deleted after their day).</summary>
    IReadOnlyList<NoticeContact> LoadContacts();

    /// <summary>Adds the contact or replaces the one with the same id.</summary>
    void SaveContact(NoticeContact contact);

    void DeleteContact(string id);

    /// <summary>Deletes every contact whose <see cref="NoticeContact.KeepUntil"/> is before <paramref name="day"/>; returns how many.</summary>
    int DeleteContactsBefore(DateOnly day);

    Notice? FindNotice(string id);

    /// <summary>
    /// Stores the notices that have no notice with their id yet, and moves the journal cursor to
    /// <paramref name="cursor"/> when given, in one transaction; returns the notices that were new.
    /// </summary>
    IReadOnlyList<Notice> AddNotices(IReadOnlyList<Notice> notices, long? cursor);

    /// <summary>Replaces a stored notice (its state after a send).</summary>
    void SaveNotice(Notice notice);

    /// <summary>Every notice still <see cref="NoticeState.Pending"/>.</summary>
    IReadOnlyList<Notice> LoadPendingNotices();

    /// <summary>The notices of one ticket or booking, oldest first.</summary>
    IReadOnlyList<Notice> LoadNotices(NoticeSubject subject);

    /// <summary>The notices of the local days from <paramref name="from"/> through <paramref name="through"/>.</summary>
    IReadOnlyList<Notice> LoadNotices(DateOnly from, DateOnly through);

    /// <summary>The notice with this provider message id, when there is one.</summary>
    Notice? FindNoticeByMessageId(string messageId);

    /// <summary>The journal position the notices have been decided up to (null before the first start).</summary>
    long? NoticeCursor();

    /// <summary>The server's VAPID key pair for Web Push (base64url), or null before it is made.</summary>
    VapidKeys? LoadVapidKeys();

    /// <summary>Stores the key pair unless one is stored already; returns the stored one.</summary>
    VapidKeys SaveVapidKeys(VapidKeys keys);
}
