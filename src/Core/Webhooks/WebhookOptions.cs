namespace MppQueue.Core;

/// <summary>How webhooks are delivered (configuration section <c>MppQueue:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>Failed attempts in a row after which a subscription stops and its events wait in the dead-letter list.</summary>
    public int MaxFailures { get; set; } = 10;

    /// <summary>The wait after the first failure, in seconds; it doubles with each further failure.</summary>
    public double FirstRetrySeconds { get; set; } = 2;

    /// <summary>The longest wait between two attempts, in seconds.</summary>
    public double MaxRetrySeconds { get; set; } = 600;

    /// <summary>How long one request may take, in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How often a subscription's cursor is written while it delivers, in seconds (after a crash, at most this much is sent again).</summary>
    public double CursorSaveSeconds { get; set; } = 1;

    /// <summary>Whether plain http:// endpoints are accepted (https only by default).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Whether endpoints on this machine (localhost, 127.0.0.0/8, ::1) are accepted; off so that a client cannot aim the server at itself.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Days journal entries are kept once every subscription has handled them.</summary>
    public int KeepJournalDays { get; set; } = 7;

    /// <summary>The wait before attempt <paramref name="failures"/> + 1: the first retry after <see cref="FirstRetrySeconds"/>, then twice as long each time, at most <see cref="MaxRetrySeconds"/>.</summary>
    public TimeSpan RetryAfter(int failures) => OutboundHttp.RetryAfter(FirstRetrySeconds, MaxRetrySeconds, failures);
}
