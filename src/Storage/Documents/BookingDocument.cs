using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Booking"/>, keyed by its code.</summary>
internal sealed class BookingDocument
{
    public string Code { get; set; } = string.Empty;

    public string ServiceId { get; set; } = string.Empty;

    /// <summary>The day as yyyymmdd.</summary>
    public int Date { get; set; }

    public long WindowStartTicks { get; set; }

    public long WindowEndTicks { get; set; }

    public string State { get; set; } = string.Empty;

    public string? TicketId { get; set; }

    public static BookingDocument From(Booking booking) => new()
    {
        Code = booking.Code,
        ServiceId = booking.ServiceId,
        Date = StorageFormat.ToDay(booking.Date),
        WindowStartTicks = StorageFormat.ToTimeTicks(booking.Window.Start),
        WindowEndTicks = StorageFormat.ToTimeTicks(booking.Window.End),
        State = StorageFormat.ToName(booking.State),
        TicketId = booking.TicketId,
    };

    public Booking ToBooking() => new()
    {
        Code = Code,
        ServiceId = ServiceId,
        Date = StorageFormat.FromDay(Date),
        Window = new TimeRange(StorageFormat.FromTimeTicks(WindowStartTicks), StorageFormat.FromTimeTicks(WindowEndTicks)),
        State = StorageFormat.ParseName<BookingState>(State),
        TicketId = TicketId,
    };
}
