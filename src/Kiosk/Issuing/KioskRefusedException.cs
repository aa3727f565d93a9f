namespace MppQueue.Kiosk.Issuing;

/// <summary>The kiosk, not the queue, refused a ticket (see <see cref="KioskRefusal"/>).</summary>
public sealed class KioskRefusedException : Exception
{
    public KioskRefusedException()
        : this(KioskRefusal.TooFast)
    {
    }

    public KioskRefusedException(string message)
        : base(message)
    {
    }

    public KioskRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KioskRefusedException(KioskRefusal reason, TimeSpan? retryAfter = null)
        : base("The kiosk refused the ticket: " + reason)
    {
        Reason = reason;
        RetryAfter = retryAfter;
    }

    public KioskRefusal Reason { get; }

    public TimeSpan? RetryAfter { get; }
}
