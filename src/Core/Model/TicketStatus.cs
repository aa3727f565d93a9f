namespace MppQueue.Core;

/// <summary>Where a ticket is in its life. Done, NoShow (after grace) and Cancelled are final.</summary>
public enum TicketStatus
{
    Waiting,
    Called,
    Serving,
    Held,
    Done,
    NoShow,
    Cancelled,
}
