using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>Bookings: kept by code, found by their page token, their holders' personal fields erased after their days.</summary>
public sealed partial class PostgresTicketStore
{
    public Booking? FindBooking(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _database.Read(connection => Document<BookingDocument>(connection, "SELECT doc FROM bookings WHERE code = $1", code))?.ToBooking();
    }

    public void SaveBooking(Booking booking, IReadOnlyList<JournalEntry>? journal = null)
    {
        var document = BookingDocument.From(booking ?? throw new ArgumentNullException(nameof(booking)));
        _database.WriteAtOnce(batch =>
        {
            UpsertBooking(batch, document);
            PostgresJournalStore.Append(batch, _database, journal);
        });
    }

    public Booking? FindBookingByToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _database.Read(connection => Document<BookingDocument>(connection, "SELECT doc FROM bookings WHERE token = $1 LIMIT 1", token))?.ToBooking();
    }

    public IReadOnlyList<Booking> LoadBookings(DateOnly from, DateOnly? through = null)
    {
        var first = StorageFormat.ToDay(from);
        var last = StorageFormat.ToDay(through ?? DateOnly.MaxValue);
        return _database.Read(connection =>
            Documents<BookingDocument>(connection, "SELECT doc FROM bookings WHERE service_day BETWEEN $1 AND $2", first, last).ConvertAll(d => d.ToBooking()));
    }

    public int EraseBookingHolders(DateOnly keepFrom, DateTimeOffset at)
    {
        var day = StorageFormat.ToDay(keepFrom);
        return _database.Write(connection =>
        {
            var due = Documents<BookingDocument>(connection, "SELECT doc FROM bookings WHERE service_day < $1 AND NOT erased FOR UPDATE", day);
            using var batch = new PostgresBatch(connection);
            foreach (var document in due)
            {
                document.Phone = null;
                document.NikHash = null;
                document.NikLast4 = null;
                document.ErasedAtUtcTicks = at.UtcTicks;
                UpsertBooking(batch, document);
            }

            batch.Run();

            return due.Count;
        });
    }
}
