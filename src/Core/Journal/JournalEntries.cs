using System.Text.Json;
using System.Text.Json.Serialization;

namespace MppQueue.Core;

/// <summary>
/// Makes the journal entries of the engine's moves, with their data as JSON: the ticket as it is after the move and the
/// move itself; the booking without its holder; the desk's new state. Names are camelCase, enum values snake_case
/// ("no_show"), times ISO 8601 with their offset, absent values left out.
/// </summary>
public static class JournalEntries
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The entry of a ticket's last move.</summary>
    public static JournalEntry ForTicket(Ticket ticket, SiteCatalog catalog, string? fromServiceId = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(catalog);
        var move = ticket.History[^1];
        var service = catalog.FindService(ticket.ServiceId);
        var data = new TicketEvent(TicketData.Of(ticket, service?.AgencyId), MoveData.Of(move), fromServiceId);
        return new JournalEntry
        {
            EventId = Tokens.NewId(),
            Sequence = move.Sequence,
            Type = JournalEventTypes.Of(move.Kind),
            At = move.At,
            AgencyId = service?.AgencyId,
            ServiceId = ticket.ServiceId,
            ZoneId = catalog.FindDesk(move.DeskId)?.ZoneId ?? service?.ZoneId,
            TicketId = ticket.Id,
            BookingCode = ticket.BookingCode,
            DeskId = move.DeskId,
            Data = JsonSerializer.Serialize(data, Json),
        };
    }

    /// <summary>The entry of a booking's change (made, cancelled, moved, checked in with its ticket, expired).</summary>
    public static JournalEntry ForBooking(JournalEventType type, Booking booking, long sequence, DateTimeOffset at, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(catalog);
        var service = catalog.FindService(booking.ServiceId);
        return new JournalEntry
        {
            EventId = Tokens.NewId(),
            Sequence = sequence,
            Type = type,
            At = at,
            AgencyId = service?.AgencyId,
            ServiceId = booking.ServiceId,
            ZoneId = service?.ZoneId,
            TicketId = booking.TicketId,
            BookingCode = booking.Code,
            Data = JsonSerializer.Serialize(new BookingEvent(BookingData.Of(booking, service?.AgencyId)), Json),
        };
    }

    /// <summary>The entry of a desk opening (signed in, or back from a pause), pausing or closing.</summary>
    public static JournalEntry ForDesk(JournalEventType type, Desk desk, DeskState state, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(state);
        var data = new DeskEvent(new DeskData(desk.Id, desk.Number, desk.Name, desk.AgencyId, desk.ZoneId, StateOf(type), state.Reason, state.Since));
        return new JournalEntry
        {
            EventId = Tokens.NewId(),
            Sequence = state.LastSequence,
            Type = type,
            At = at,
            AgencyId = desk.AgencyId,
            ZoneId = desk.ZoneId,
            DeskId = desk.Id,
            Data = JsonSerializer.Serialize(data, Json),
        };
    }

    private static string StateOf(JournalEventType type) => type switch
    {
        JournalEventType.DeskPaused => "paused",
        JournalEventType.DeskClosed => "closed",
        _ => "open",
    };

    private sealed record TicketEvent(TicketData Ticket, MoveData Move, string? FromServiceId);

    private sealed record TicketData(
        string Id,
        string Number,
        string ServiceId,
        string IssuingServiceId,
        string? AgencyId,
        DateOnly ServiceDate,
        TicketStatus Status,
        PriorityGroup Priority,
        TicketChannel Channel,
        string? BookingCode,
        string? DeskId,
        DateTimeOffset IssuedAt,
        DateTimeOffset ArrivedAt,
        DateTimeOffset? FirstCalledAt,
        DateTimeOffset? CalledAt,
        DateTimeOffset? ServingAt,
        DateTimeOffset? FinishedAt,
        DateTimeOffset? NoShowAt,
        DateTimeOffset? CancelledAt,
        int RecallCount)
    {
        public static TicketData Of(Ticket t, string? agencyId) => new(
            t.Id, t.Number.ToString(), t.ServiceId, t.IssuingServiceId, agencyId, t.ServiceDate, t.Status, t.Priority, t.Channel, t.BookingCode,
            t.DeskId, t.IssuedAt, t.ArrivedAt, t.FirstCalledAt, t.CalledAt, t.ServingAt, t.FinishedAt, t.NoShowAt, t.CancelledAt, t.RecallCount);
    }

    private sealed record MoveData(long Sequence, MoveKind Kind, DateTimeOffset At, TicketStatus From, TicketStatus To, string? DeskId)
    {
        public static MoveData Of(TicketMove m) => new(m.Sequence, m.Kind, m.At, m.From, m.To, m.DeskId);
    }

    private sealed record BookingEvent(BookingData Booking);

    private sealed record BookingData(
        string Code,
        string ServiceId,
        string? AgencyId,
        DateOnly Date,
        TimeOnly SessionStart,
        TimeOnly SessionEnd,
        BookingState State,
        BookingChannel Channel,
        string? TicketId,
        int Moves,
        DateTimeOffset? MadeAt,
        DateTimeOffset? CancelledAt)
    {
        public static BookingData Of(Booking b, string? agencyId) => new(
            b.Code, b.ServiceId, agencyId, b.Date, b.Window.Start, b.Window.End, b.State, b.Channel, b.TicketId, b.Moves, b.MadeAt, b.CancelledAt);
    }

    private sealed record DeskEvent(DeskData Desk);

    private sealed record DeskData(string Id, int Number, string Name, string AgencyId, string ZoneId, string State, PauseReason? Reason, DateTimeOffset? Since);
}
