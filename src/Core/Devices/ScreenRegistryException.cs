namespace MppQueue.Core;

/// <summary>The registry's refusal; <see cref="Exception.Message"/> is English, screens show their own text for <see cref="Error"/>.</summary>
public sealed class ScreenRegistryException : Exception
{
    public ScreenRegistryException(ScreenRegistryError error, string message)
        : base(message)
    {
        Error = error;
    }

    public ScreenRegistryException()
        : this(ScreenRegistryError.UnknownScreen, "Unknown screen.")
    {
    }

    public ScreenRegistryException(string message)
        : this(ScreenRegistryError.UnknownScreen, message)
    {
    }

    public ScreenRegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = ScreenRegistryError.UnknownScreen;
    }

    public ScreenRegistryError Error { get; }
}
