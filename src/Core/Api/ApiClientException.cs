namespace MppQueue.Core;

/// <summary>The API client registry's refusal; <see cref="Exception.Message"/> is English, pages show their own text for <see cref="Error"/>.</summary>
public sealed class ApiClientException : Exception
{
    public ApiClientException(ApiClientError error, string message)
        : base(message)
    {
        Error = error;
    }

    public ApiClientException()
        : this(ApiClientError.UnknownClient, "Unknown API client.")
    {
    }

    public ApiClientException(string message)
        : this(ApiClientError.UnknownClient, message)
    {
    }

    public ApiClientException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = ApiClientError.UnknownClient;
    }

    public ApiClientError Error { get; }
}
