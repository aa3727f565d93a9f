namespace MppQueue.Core;

public enum QueueEventKind
{
    TicketIssued,
    TicketCheckedIn,
    TicketCalled,
    TicketRecalled,
    ServingStarted,
    TicketFinished,
    TicketNoShow,
    TicketRestored,
    TicketTransferred,
    TicketHeld,
    TicketResumed,
    TicketCancelled,
    TicketPostponed,
    DeskPaused,
    DeskResumed,
    DeskSignedIn,
    DeskSignedOut,
    CatalogChanged,
}
