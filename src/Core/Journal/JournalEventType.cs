namespace MppQueue.Core;

/// <summary>
/// What an entry of the journal records: one move of a ticket, a booking or a desk. Outside systems see these as
/// webhook event types and in the API by their <see cref="JournalEventTypes.Name"/> ("ticket.called").
/// </summary>
public enum JournalEventType
{
    TicketIssued,
    TicketCalled,
    TicketRecalled,
    TicketServing,
    TicketDone,
    TicketNoShow,
    TicketCancelled,
    TicketTransferred,
    TicketHeld,
    TicketResumed,
    TicketRestored,
    TicketPostponed,
    BookingCreated,
    BookingCancelled,
    BookingMoved,
    BookingCheckedIn,
    BookingExpired,
    DeskOpened,
    DeskPaused,
    DeskClosed,
}

/// <summary>The wire names of <see cref="JournalEventType"/> and which ticket move makes which.</summary>
public static class JournalEventTypes
{
    private static readonly Dictionary<JournalEventType, string> Names = new()
    {
        [JournalEventType.TicketIssued] = "ticket.issued",
        [JournalEventType.TicketCalled] = "ticket.called",
        [JournalEventType.TicketRecalled] = "ticket.recalled",
        [JournalEventType.TicketServing] = "ticket.serving",
        [JournalEventType.TicketDone] = "ticket.done",
        [JournalEventType.TicketNoShow] = "ticket.no_show",
        [JournalEventType.TicketCancelled] = "ticket.cancelled",
        [JournalEventType.TicketTransferred] = "ticket.transferred",
        [JournalEventType.TicketHeld] = "ticket.held",
        [JournalEventType.TicketResumed] = "ticket.resumed",
        [JournalEventType.TicketRestored] = "ticket.restored",
        [JournalEventType.TicketPostponed] = "ticket.postponed",
        [JournalEventType.BookingCreated] = "booking.created",
        [JournalEventType.BookingCancelled] = "booking.cancelled",
        [JournalEventType.BookingMoved] = "booking.moved",
        [JournalEventType.BookingCheckedIn] = "booking.checked_in",
        [JournalEventType.BookingExpired] = "booking.expired",
        [JournalEventType.DeskOpened] = "desk.opened",
        [JournalEventType.DeskPaused] = "desk.paused",
        [JournalEventType.DeskClosed] = "desk.closed",
    };

    private static readonly Dictionary<string, JournalEventType> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every type, in a stable order.</summary>
    public static IReadOnlyList<JournalEventType> All { get; } = Enum.GetValues<JournalEventType>();

    public static string Name(this JournalEventType type) => Names[type];

    /// <summary>The type of a wire name ("ticket.called"), or null for an unknown one.</summary>
    public static JournalEventType? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var type) ? type : null;

    /// <summary>The event a ticket move makes.</summary>
    public static JournalEventType Of(MoveKind move) => move switch
    {
        MoveKind.Issue or MoveKind.CheckIn => JournalEventType.TicketIssued,
        MoveKind.Call or MoveKind.CallSpecific => JournalEventType.TicketCalled,
        MoveKind.Recall => JournalEventType.TicketRecalled,
        MoveKind.StartServing => JournalEventType.TicketServing,
        MoveKind.Finish => JournalEventType.TicketDone,
        MoveKind.NoShow => JournalEventType.TicketNoShow,
        MoveKind.Restore => JournalEventType.TicketRestored,
        MoveKind.Transfer => JournalEventType.TicketTransferred,
        MoveKind.Hold => JournalEventType.TicketHeld,
        MoveKind.Resume => JournalEventType.TicketResumed,
        MoveKind.Cancel => JournalEventType.TicketCancelled,
        MoveKind.Postpone => JournalEventType.TicketPostponed,
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Not a ticket move."),
    };
}
