namespace MppQueue.Core;

/// <summary>Every reason a complaint (or its forwarding set-up) is refused; each has a sentence in ComplaintText.resx (id and en).</summary>
public enum ComplaintError
{
    UnknownTicket,
    NotToday,
    NotNow,
    NotForwarded,
    AlreadySent,
    Empty,
    TooLong,
    NotPlainText,
    HasMarkup,
    TooManyTries,
    NotAllowed,
    UnknownAgency,
    NotFound,
    EndpointInvalid,
    EndpointNotHttps,
    EndpointOnThisMachine,
    TokenRequired,
    TokenInvalid,
}
