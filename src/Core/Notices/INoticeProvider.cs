namespace MppQueue.Core;

/// <summary>
/// One way of reaching visitors (Web Push, WhatsApp, SMS). A provider that is not set up says so with
/// <see cref="IsConfigured"/> and is skipped; one that is sends one notice per call and never throws for a failed send
/// (it answers <see cref="NoticeSendResult.Failed"/>), only when <paramref name="cancel"/> fires.
/// </summary>
public interface INoticeProvider
{
    NoticeChannel Channel { get; }

    bool IsConfigured { get; }

    Task<NoticeSendResult> SendAsync(NoticeDelivery delivery, CancellationToken cancel);
}
