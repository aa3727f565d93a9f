using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The stored shape of <see cref="JournalEntry"/>: its position is the document's auto-incremented id (given inside the
/// transaction of the move, so positions follow the commit order), the type by its wire name, times as UTC ticks with
/// the offset in minutes, and the data as the JSON text it was made as.
/// </summary>
internal sealed class JournalDocument
{
    public long Id { get; set; }

    public string EventId { get; set; } = string.Empty;

    public long Sequence { get; set; }

    public string Type { get; set; } = string.Empty;

    public long AtUtcTicks { get; set; }

    public int AtOffsetMinutes { get; set; }

    public string? AgencyId { get; set; }

    public string? ServiceId { get; set; }

    public string? ZoneId { get; set; }

    public string? TicketId { get; set; }

    public string? BookingCode { get; set; }

    public string? DeskId { get; set; }

    public string Data { get; set; } = string.Empty;

    public static JournalDocument From(JournalEntry entry) => new()
    {
        EventId = entry.EventId,
        Sequence = entry.Sequence,
        Type = entry.Type.Name(),
        AtUtcTicks = entry.At.UtcTicks,
        AtOffsetMinutes = (int)entry.At.Offset.TotalMinutes,
        AgencyId = entry.AgencyId,
        ServiceId = entry.ServiceId,
        ZoneId = entry.ZoneId,
        TicketId = entry.TicketId,
        BookingCode = entry.BookingCode,
        DeskId = entry.DeskId,
        Data = entry.Data,
    };

    public JournalEntry ToEntry() => new()
    {
        Id = Id,
        EventId = EventId,
        Sequence = Sequence,
        Type = JournalEventTypes.Parse(Type) ?? throw new InvalidDataException($"Journal entry {Id} has an unknown type \"{Type}\"."),
        At = new DateTimeOffset(AtUtcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(AtOffsetMinutes)),
        AgencyId = AgencyId,
        ServiceId = ServiceId,
        ZoneId = ZoneId,
        TicketId = TicketId,
        BookingCode = BookingCode,
        DeskId = DeskId,
        Data = Data,
    };
}
