namespace MppQueue.Core;

/// <summary>Every reason a survey answer or an index request is refused; each has a sentence in id and en (SurveyText.resx).</summary>
public enum SurveyErrorCode
{
    UnknownTicket,
    TicketNotServed,
    AlreadyAnswered,
    MissingAnswer,
    AnswerOutOfRange,
    UnknownElement,
    TooManyAnswers,
    CommentTooLong,
    CommentHasMarkup,
    CommentNotPlainText,
    InvalidPeriod,
    DeskOfAnotherAgency,
    NotFinishedAtDesk,
}
