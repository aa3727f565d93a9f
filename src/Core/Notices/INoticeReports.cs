namespace MppQueue.Core;

/// <summary>
/// Where a provider's delivery reports arrive (WhatsApp's status webhook, an SMS gateway's report): the message is
/// found by the id the provider gave when it took it (<see cref="Notice.ProviderMessageId"/>).
/// </summary>
public interface INoticeReports
{
    /// <summary>
    /// Records that the message <paramref name="messageId"/> sent on <paramref name="channel"/> arrived
    /// (<paramref name="delivered"/>), or failed after it was sent (<paramref name="reason"/> says why). Answers whether a
    /// notice has that id; an unknown id is not an error (a provider reports on messages the server no longer keeps).
    /// </summary>
    bool ReportDelivery(NoticeChannel channel, string messageId, bool delivered, string? reason);
}
