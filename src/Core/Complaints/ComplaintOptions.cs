namespace MppQueue.Core;

/// <summary>How complaints are forwarded (configuration section <c>MppQueue:Complaints</c>).</summary>
public sealed class ComplaintOptions
{
    public const string Section = "MppQueue:Complaints";

    /// <summary>Tries per complaint before it stops and waits for an admin's "Kirim ulang".</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure, in seconds; it doubles with each further failure.</summary>
    public double FirstRetrySeconds { get; set; } = 60;

    /// <summary>The longest wait between two tries, in seconds.</summary>
    public double MaxRetrySeconds { get; set; } = 3600;

    /// <summary>How often waiting complaints are looked at, in seconds (a new complaint is sent at once).</summary>
    public double CheckEverySeconds { get; set; } = 60;

    /// <summary>How long one request may take, in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Sends (refused ones included) one ticket's page may make in <see cref="TryWindowMinutes"/>.</summary>
    public int TriesPerTicket { get; set; } = 5;

    public int TryWindowMinutes { get; set; } = 10;

    /// <summary>Whether plain http:// endpoints are accepted (https only by default).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Whether endpoints on this machine are accepted (tests only).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>The wait before try <paramref name="failures"/> + 1.</summary>
    public TimeSpan RetryAfter(int failures) => OutboundHttp.RetryAfter(FirstRetrySeconds, MaxRetrySeconds, failures);
}
