namespace MppQueue.Core;

/// <summary>Every reason the engine refuses something; each has a sentence in id and en (CoreText.resx).</summary>
public enum QueueErrorCode
{
    InvalidValue,
    UnknownService,
    UnknownDesk,
    UnknownTicket,
    UnknownBooking,
    IllegalMove,
    TicketOfAnotherDay,
    TicketAtAnotherDesk,
    DeskBusy,
    DeskPaused,
    DeskNotPaused,
    DeskInactive,
    DeskDoesNotServe,
    NothingWaiting,
    ReasonRequired,
    NoShowNeedsRecall,
    GraceExpired,
    SameService,
    ServiceInactive,
    ServiceClosedDay,
    ServiceNotYetOpen,
    ServiceClosedForToday,
    FridayBreak,
    PastCutOff,
    QuotaFull,
    BookingTooEarly,
    BookingTooLate,
    BookingUsed,
    BookingCancelled,
    BookingExpired,
    BookingClosed,
    BookingDeadlinePassed,
    BookingTooFarAhead,
    BookingFull,
    BookingDuplicate,
    BookingAlreadyMoved,
    BookingSameSession,
    UnknownSession,
    BookingCodeTaken,
    PhoneRequired,
    InvalidPhone,
    NikRequired,
    InvalidNik,
    DuplicatePrefix,
    DuplicateDeskNumber,
    DeskWithoutService,
    UnknownReference,
    DeskHeldByOther,
    DeskOfAnotherAgency,
    OfficerInactive,
    NotDeskHolder,
    AlreadyPostponed,
    NobodyBehind,

    /// <summary>An idempotency key that already gave a ticket today came back with a different request.</summary>
    IdempotencyKeyReused,

    /// <summary>Notices can no longer be set for this ticket or booking (it is done, cancelled or of another day).</summary>
    NoticesClosed,

    /// <summary>
    /// The ticket was moved elsewhere (another node) after this node last read it, so the store refused to write over
    /// that move; the engine has read the day again, and the same action may be tried again.
    /// </summary>
    TicketChangedMeanwhile,

    /// <summary>The number was given elsewhere (another node) at the same moment; the engine has read the numbering again.</summary>
    NumberTakenMeanwhile,
}
