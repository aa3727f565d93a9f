namespace MppQueue.Core;

/// <summary>Why a webhook subscription could not be made or changed.</summary>
public enum WebhookError
{
    NameMissing,
    UrlInvalid,
    UrlNotHttps,
    UrlOnThisMachine,
    UnknownEventType,
    UnknownAgency,
    UnknownWebhook,
    TooMany,
    NotStopped,
    ConsumerMissing,
    TasksInvalid,
    UserKeyTooLong,

    /// <summary>The name holds a control character (<see cref="CatalogRules.HasControl"/>).</summary>
    NameNotPlain,
}

/// <summary>A refused change to a webhook subscription; <see cref="Exception.Message"/> is English, for logs and API clients.</summary>
public sealed class WebhookException : Exception
{
    public WebhookException()
    {
    }

    public WebhookException(string message)
        : base(message)
    {
    }

    public WebhookException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public WebhookException(WebhookError code, string message)
        : base(message) => Code = code;

    public WebhookError Code { get; }
}
