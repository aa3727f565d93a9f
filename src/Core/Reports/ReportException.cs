namespace MppQueue.Core;

/// <summary>A refused report request. <see cref="Exception.Message"/> is English for logs; people read the code's sentence from the resources.</summary>
public sealed class ReportException : Exception
{
    public ReportException(ReportErrorCode code, string? detail = null)
        : base($"Report refused: {code}{(detail is null ? string.Empty : " (" + detail + ")")}.")
    {
        Code = code;
        Detail = detail;
    }

    public ReportException()
        : this(ReportErrorCode.InvalidDate)
    {
    }

    public ReportException(string message)
        : base(message)
    {
        Code = ReportErrorCode.InvalidDate;
    }

    public ReportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ReportErrorCode.InvalidDate;
    }

    public ReportErrorCode Code { get; }

    /// <summary>The refused value or the limit, shown in the sentence.</summary>
    public string? Detail { get; }
}
