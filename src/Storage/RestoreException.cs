namespace MppQueue.Storage;

/// <summary>A restore that was refused, with a sentence for the operator.</summary>
public sealed class RestoreException : Exception
{
    public RestoreException()
    {
    }

    public RestoreException(string message)
        : base(message)
    {
    }

    public RestoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
