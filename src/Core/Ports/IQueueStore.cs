namespace MppQueue.Core;

/// <summary>
/// The engine's durable store. Every write method is atomic and has committed when it returns;
/// implementations serialise their writes (see docs/adr/0002-one-litedb-one-write-lock.md).
/// </summary>
public interface IQueueStore
{
    /// <summary>The configuration, or null for an empty store that has never been set up.</summary>
    SiteCatalog? LoadCatalog();

    void SaveSite(Site site);

    void SaveZone(Zone zone);

    void SaveAgency(Agency agency);

    void SaveService(Service service);

    void SaveDesk(Desk desk);

    IReadOnlyList<Officer> LoadOfficers();

    void SaveOfficer(Officer officer);

    /// <summary>Every ticket of one local service day.</summary>
    IReadOnlyList<Ticket> LoadTickets(DateOnly serviceDate);

    Ticket? FindTicket(string id);

    Ticket? FindTicketByToken(string token);

    /// <summary>The last number issued under a prefix on a day (0 when none).</summary>
    int LastNumber(DateOnly serviceDate, string prefix);

    /// <summary>
    /// Stores a new ticket, advances its prefix's counter, (for a check-in) marks the booking and appends the move's
    /// journal entries, all at once.
    /// </summary>
    void InsertTicket(Ticket ticket, Booking? checkedInBooking, IReadOnlyList<JournalEntry>? journal = null);

    /// <summary>Stores a ticket's move and appends its journal entries, at once.</summary>
    void UpdateTicket(Ticket ticket, IReadOnlyList<JournalEntry>? journal = null);

    Booking? FindBooking(string code);

    /// <summary>Stores a booking and appends its journal entries, at once.</summary>
    void SaveBooking(Booking booking, IReadOnlyList<JournalEntry>? journal = null);

    Booking? FindBookingByToken(string token);

    /// <summary>Every booking of a day on or after <paramref name="from"/> and, when given, on or before <paramref name="through"/>.</summary>
    IReadOnlyList<Booking> LoadBookings(DateOnly from, DateOnly? through = null);

    /// <summary>Removes the holder's phone and NIK fields from the bookings of days before <paramref name="keepFrom"/>; returns how many.</summary>
    int EraseBookingHolders(DateOnly keepFrom, DateTimeOffset at);

    IReadOnlyList<DeskState> LoadDeskStates();

    /// <summary>Stores a desk's state and appends its journal entries, at once.</summary>
    void SaveDeskState(DeskState state, IReadOnlyList<JournalEntry>? journal = null);

    /// <summary>Adds an audit entry; entries are never changed or removed.</summary>
    void AppendAudit(AuditEntry entry);

    /// <summary>Audit entries from <paramref name="fromUtc"/> (inclusive) to <paramref name="toUtc"/> (exclusive), oldest first.</summary>
    IReadOnlyList<AuditEntry> LoadAudit(DateTimeOffset fromUtc, DateTimeOffset toUtc);

    /// <summary>The highest event sequence ever committed (tickets, desks and the journal), so that sequences keep growing after a restart.</summary>
    long LastSequence();
}
