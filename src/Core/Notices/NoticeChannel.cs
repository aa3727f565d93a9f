namespace MppQueue.Core;

/// <summary>How a notice reaches the visitor.</summary>
public enum NoticeChannel
{
    /// <summary>A push message to the browser that allowed it (no phone number needed).</summary>
    WebPush,

    /// <summary>A WhatsApp template message through the WhatsApp Business Cloud API.</summary>
    WhatsApp,

    /// <summary>A text message through the MPP's SMS gateway.</summary>
    Sms,
}
