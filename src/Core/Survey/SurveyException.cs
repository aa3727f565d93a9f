using System.Globalization;

namespace MppQueue.Core;

/// <summary>A refused survey answer or index request. <see cref="Exception.Message"/> is English; show <see cref="SurveyError.Describe"/> to people.</summary>
public sealed class SurveyException : Exception
{
    public SurveyException(SurveyError error)
        : base(Describe(error))
    {
        Error = error;
    }

    public SurveyException()
        : this(new SurveyError(SurveyErrorCode.UnknownTicket))
    {
    }

    public SurveyException(string message)
        : base(message)
    {
        Error = new SurveyError(SurveyErrorCode.UnknownTicket, Detail: message);
    }

    public SurveyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new SurveyError(SurveyErrorCode.UnknownTicket, Detail: message);
    }

    public SurveyError Error { get; }

    public SurveyErrorCode Code => Error.Code;

    private static string Describe(SurveyError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Describe(CultureInfo.GetCultureInfo("en"));
    }
}
