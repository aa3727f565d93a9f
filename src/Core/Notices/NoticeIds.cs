namespace MppQueue.Core;

/// <summary>
/// The ids of notices: one per (ticket or booking, kind), so deciding a notice twice stores it once. A call is once per
/// service the ticket is called for (a transferred ticket is called again elsewhere), a recall once per recall, a
/// booking's confirmation once per time it was made or moved.
/// </summary>
public static class NoticeIds
{
    public static string Of(NoticeKind kind, NoticeSubject subject, string? detail = null) =>
        subject.Key + ":" + kind + (detail is null ? string.Empty : ":" + detail);
}
