namespace MppQueue.Core;

/// <summary>The "MppQueue:Notices" section: how notices are retried and when reminders go out (docs/notifications.md).</summary>
public sealed class NoticeOptions
{
    public const string Section = "MppQueue:Notices";

    /// <summary>Failures in a row on one channel before the next channel of the agency's order is tried.</summary>
    public int MaxFailuresPerChannel { get; set; } = 4;

    /// <summary>The wait before the second try, doubled after each failure.</summary>
    public double FirstRetrySeconds { get; set; } = 2;

    public double MaxRetrySeconds { get; set; } = 300;

    /// <summary>How long one send may take.</summary>
    public double TimeoutSeconds { get; set; } = 15;

    /// <summary>The local hour, the day before a booking, from which its reminder goes out.</summary>
    public int ReminderHour { get; set; } = 16;

    /// <summary>A notice not sent by then is given up (a "called" an hour late helps nobody).</summary>
    public int GiveUpAfterMinutes { get; set; } = 120;

    /// <summary>The server's public address, for links in WhatsApp and SMS texts (defaults to "MppQueue:PublicBaseUrl").</summary>
    public Uri? PublicBaseUrl { get; set; }
}
