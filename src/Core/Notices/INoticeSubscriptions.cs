namespace MppQueue.Core;

/// <summary>
/// What the visitor's pages ask of the notices: turn a browser's push subscription on or off for one ticket or
/// booking, and report that a push notice was shown (its receipt).
/// </summary>
public interface INoticeSubscriptions
{
    /// <summary>Keeps <paramref name="push"/> as the subject's browser; throws <see cref="QueueException"/> for an unknown or finished ticket or booking.</summary>
    NoticeContact SetPush(NoticeSubject subject, PushEndpoint push, string language);

    void RemovePush(NoticeSubject subject);

    /// <summary>Marks the notice delivered when <paramref name="receipt"/> is its receipt; false otherwise.</summary>
    bool ReportSeen(string noticeId, string receipt);

    NoticeContact? Contact(NoticeSubject subject);
}
