namespace MppQueue.Kiosk;

/// <summary>Where a visitor is in taking a ticket.</summary>
public enum KioskStep
{
    /// <summary>The start: agencies, search, and the booking button.</summary>
    Agencies,

    /// <summary>One agency's services.</summary>
    Services,

    /// <summary>The priority question, which confirms the service and issues the ticket.</summary>
    Priority,

    /// <summary>A booking code is entered to check in.</summary>
    Booking,
}
