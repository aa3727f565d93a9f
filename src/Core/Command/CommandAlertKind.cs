namespace MppQueue.Core;

/// <summary>What needs a supervisor's attention in the Command Center.</summary>
public enum CommandAlertKind
{
    /// <summary>The longest current wait of a service passes its standard waiting time.</summary>
    WaitOverStandard,

    /// <summary>More people wait for a service than its queue length standard.</summary>
    QueueOverStandard,

    /// <summary>A desk open and idle longer than the threshold while people wait for its services.</summary>
    DeskIdleWhileWaiting,

    /// <summary>A desk with an officer signed in has been paused longer than the threshold.</summary>
    DeskPausedTooLong,

    /// <summary>A registered screen or kiosk has not been heard from within its stale window.</summary>
    DeviceStale,
}
