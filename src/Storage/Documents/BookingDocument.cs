using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Booking"/>, keyed by its code. The NIK is stored only as its keyed hash and last four digits.</summary>
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

    public string? Token { get; set; }

    public string? Channel { get; set; }

    public string? MadeBy { get; set; }

    public long? MadeAtUtcTicks { get; set; }

    public string? Phone { get; set; }

    public string? NikHash { get; set; }

    public string? NikLast4 { get; set; }

    public int Moves { get; set; }

    public long? CancelledAtUtcTicks { get; set; }

    public long? ErasedAtUtcTicks { get; set; }

    public static BookingDocument From(Booking booking) => new()
    {
        Code = booking.Code,
        ServiceId = booking.ServiceId,
        Date = StorageFormat.ToDay(booking.Date),
        WindowStartTicks = StorageFormat.ToTimeTicks(booking.Window.Start),
        WindowEndTicks = StorageFormat.ToTimeTicks(booking.Window.End),
        State = StorageFormat.ToName(booking.State),
        TicketId = booking.TicketId,
        Token = booking.Token,
        Channel = StorageFormat.ToName(booking.Channel),
        MadeBy = booking.MadeBy,
        MadeAtUtcTicks = booking.MadeAt?.UtcTicks,
        Phone = booking.Phone,
        NikHash = booking.NikHash,
        NikLast4 = booking.NikLast4,
        Moves = booking.Moves,
        CancelledAtUtcTicks = booking.CancelledAt?.UtcTicks,
        ErasedAtUtcTicks = booking.ErasedAt?.UtcTicks,
    };

    public Booking ToBooking() => new()
    {
        Code = Code,
        ServiceId = ServiceId,
        Date = StorageFormat.FromDay(Date),
        Window = new TimeRange(StorageFormat.FromTimeTicks(WindowStartTicks), StorageFormat.FromTimeTicks(WindowEndTicks)),
        State = StorageFormat.ParseName<BookingState>(State),
        TicketId = TicketId,
        Token = Token,
        Channel = Channel is null ? BookingChannel.Web : StorageFormat.ParseName<BookingChannel>(Channel),
        MadeBy = MadeBy,
        MadeAt = Utc(MadeAtUtcTicks),
        Phone = Phone,
        NikHash = NikHash,
        NikLast4 = NikLast4,
        Moves = Moves,
        CancelledAt = Utc(CancelledAtUtcTicks),
        ErasedAt = Utc(ErasedAtUtcTicks),
    };

    private static DateTimeOffset? Utc(long? ticks) => ticks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null;
}
