namespace MppQueue.Core;

/// <summary>Every reason a configuration change is refused; each has a sentence in id and en (CoreText.resx, <c>Catalog_</c>).</summary>
public enum CatalogErrorCode
{
    Required,
    TooLong,
    HasMarkup,
    InvalidId,
    IdTaken,
    NotFound,
    ChangedMeanwhile,
    OutOfRange,
    InvalidPrefix,
    DuplicatePrefix,
    DuplicateDeskNumber,
    DeskWithoutService,
    DeskServiceOfOtherAgency,
    DeskHasTicket,
    UnknownReference,
    HoursEndBeforeStart,
    NoOpeningHours,
    FridayBreakOutsideHours,
    CutOffOutsideHours,
    QuotaPartAboveTotal,
    QuotaBelowIssued,
    NameTaken,
    UnknownTimeZone,
    HolidayExists,
    HolidayNotFound,
    DateOutOfRange,
    NotAllowed,
}
