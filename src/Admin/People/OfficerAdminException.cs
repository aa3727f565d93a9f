namespace MppQueue.Admin.People;

/// <summary>A refused change to an account; <see cref="Exception.Message"/> is English, pages show their own text for <see cref="Error"/>.</summary>
public sealed class OfficerAdminException : Exception
{
    public OfficerAdminException(OfficerAdminError error, string message)
        : base(message)
    {
        Error = error;
    }

    public OfficerAdminException()
        : this(OfficerAdminError.NotAllowed, "Not allowed.")
    {
    }

    public OfficerAdminException(string message)
        : this(OfficerAdminError.NotAllowed, message)
    {
    }

    public OfficerAdminException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = OfficerAdminError.NotAllowed;
    }

    public OfficerAdminError Error { get; }
}
