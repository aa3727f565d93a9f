namespace MppQueue.Core;

/// <summary>What a visitor's pages do with notices: give or take back a phone number or a browser's push subscription.</summary>
public interface INoticeSubscriptions
{
    /// <summary>Keeps the browser's push subscription for the ticket or booking.</summary>
    /// <exception cref="QueueException">The ticket or booking is unknown, finished or of another day.</exception>
    NoticeContact SetPush(NoticeSubject subject, PushEndpoint push, string language);

    void RemovePush(NoticeSubject subject);

    /// <summary>The visitor's browser showed the notice: it is delivered when the receipt matches.</summary>
    bool ReportSeen(string noticeId, string receipt);

    NoticeContact? Contact(NoticeSubject subject);
}
