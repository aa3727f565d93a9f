namespace MppQueue.Core;

/// <summary>
/// The API scope's refusal (<see cref="ApiCaller"/>): the API answers <see cref="ApiAccessError.NotFound"/> with 404 and
/// <see cref="ApiAccessError.OperationNotAllowed"/> with 403. <see cref="Exception.Message"/> is English and says no more
/// than the caller may know.
/// </summary>
public sealed class ApiAccessException : Exception
{
    public ApiAccessException(ApiAccessError error, string what)
        : base(error == ApiAccessError.NotFound ? $"No {what} with that id." : $"This client may not use '{what}'.")
    {
        Error = error;
        What = what;
    }

    public ApiAccessException()
        : this(ApiAccessError.NotFound, "item")
    {
    }

    public ApiAccessException(string message)
        : base(message)
    {
        What = "item";
    }

    public ApiAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
        What = "item";
    }

    public ApiAccessError Error { get; }

    /// <summary>The kind of thing not found ("service", "ticket", "agency"), or the operation refused.</summary>
    public string What { get; }
}
