using System.Collections.Concurrent;
using MppQueue.Core;

namespace MppQueue.HostTesting;

/// <summary>
/// The notices' side of the opt-in endpoints, until the notice service is there: keeps each subject's push
/// subscription in a <see cref="MemoryNoticeStore"/>, refuses subjects named in <see cref="Finished"/> as the
/// service would refuse a finished ticket, and takes the receipts in <see cref="Receipts"/>.
/// </summary>
public sealed class FakeNoticeSubscriptions(MemoryNoticeStore store, TimeProvider time) : INoticeSubscriptions
{
    public ConcurrentDictionary<string, bool> Finished { get; } = new(StringComparer.Ordinal);

    /// <summary>Notice id to receipt: a report with the right receipt is taken (and recorded in <see cref="Seen"/>).</summary>
    public ConcurrentDictionary<string, string> Receipts { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Seen { get; } = new();

    public NoticeContact SetPush(NoticeSubject subject, PushEndpoint push, string language)
    {
        if (Finished.ContainsKey(subject.Key))
        {
            throw new QueueException(new QueueError(QueueErrorCode.IllegalMove, Status: TicketStatus.Done));
        }

        var contact = (store.FindContact(subject.Key) ?? new NoticeContact
        {
            Id = subject.Key,
            TicketId = subject.TicketId,
            BookingCode = subject.BookingCode,
            KeepUntil = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            CreatedAt = time.GetUtcNow(),
        }) with { Push = push, Language = language };
        store.SaveContact(contact);
        return contact;
    }

    public void RemovePush(NoticeSubject subject)
    {
        if (store.FindContact(subject.Key) is { } contact)
        {
            store.SaveContact(contact with { Push = null });
        }
    }

    public bool ReportSeen(string noticeId, string receipt)
    {
        if (Receipts.TryGetValue(noticeId, out var expected) && expected == receipt)
        {
            Seen.Enqueue(noticeId);
            return true;
        }

        return false;
    }

    public NoticeContact? Contact(NoticeSubject subject) => store.FindContact(subject.Key);
}
