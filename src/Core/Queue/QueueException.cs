namespace MppQueue.Core;

/// <summary>The engine's refusal. <see cref="Exception.Message"/> is English; show <see cref="QueueError.Describe"/> to people.</summary>
public sealed class QueueException : Exception
{
    public QueueException(QueueError error)
        : base(error.Describe(System.Globalization.CultureInfo.GetCultureInfo("en")))
    {
        Error = error;
    }

    /// <summary>A refusal that comes from a lower layer's error (a store that refused a write).</summary>
    public QueueException(QueueError error, Exception innerException)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Describe(System.Globalization.CultureInfo.GetCultureInfo("en")), innerException)
    {
        Error = error;
    }

    public QueueException()
        : this(new QueueError(QueueErrorCode.InvalidValue))
    {
    }

    public QueueException(string message)
        : base(message)
    {
        Error = new QueueError(QueueErrorCode.InvalidValue, Detail: message);
    }

    public QueueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new QueueError(QueueErrorCode.InvalidValue, Detail: message);
    }

    public QueueError Error { get; }

    public QueueErrorCode Code => Error.Code;
}
