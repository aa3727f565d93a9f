namespace MppQueue.Core;

/// <summary>Delivery reports from the providers (WhatsApp's status webhook, an SMS gateway's report).</summary>
public interface INoticeReports
{
    /// <summary>
    /// The message <paramref name="messageId"/> arrived (<paramref name="delivered"/>), or did not (with
    /// <paramref name="problem"/>): a notice that did not arrive is tried on the next channel. False for an unknown id.
    /// </summary>
    bool ReportDelivery(NoticeChannel channel, string messageId, bool delivered, string? problem);
}
