namespace MppQueue.Kiosk.Printing;

/// <summary>The kiosk's network printer did not answer or did not take the ticket.</summary>
public sealed class PrinterUnavailableException : Exception
{
    public PrinterUnavailableException()
    {
    }

    public PrinterUnavailableException(string message)
        : base(message)
    {
    }

    public PrinterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
