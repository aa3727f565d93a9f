namespace MppQueue.Core;

/// <summary>Where a notice is on its way to the visitor.</summary>
public enum NoticeState
{
    /// <summary>Waiting to be sent, or to be tried again.</summary>
    Pending,

    /// <summary>The provider took it.</summary>
    Sent,

    /// <summary>The provider or the visitor's browser reported it arrived.</summary>
    Delivered,

    /// <summary>Every channel the visitor has failed, or none was set.</summary>
    Failed,
}
