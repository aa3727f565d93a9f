namespace MppQueue.Core;

/// <summary>The bookings that come from elsewhere or leave by themselves: agency codes, expiry, and deleting personal fields.</summary>
public sealed partial class QueueEngine
{
    /// <summary>
    /// Loads the bookings an agency made in its own system (its own codes and session times) for one of its services,
    /// so that those visitors check in at the kiosk with the code they already have. A code loaded again with the same
    /// service and day updates its session while it is still booked; the places count like any booking's.
    /// </summary>
    public IReadOnlyList<Booking> LoadAgencyBookings(string agencyId, IReadOnlyList<AgencyBooking> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using (Move())
        {
            var now = EnsureDay();
            var loaded = new List<Booking>(lines.Count);
            foreach (var line in lines)
            {
                var service = RequireService(line.ServiceId);
                if (service.AgencyId != agencyId)
                {
                    throw Refuse(QueueErrorCode.UnknownService, detail: Printable(line.ServiceId));
                }

                var code = Tokens.NormalizeBookingCode(line.Code);
                if (code.Length is < 4 or > 32 || !code.All(char.IsAsciiLetterOrDigit))
                {
                    throw new QueueException(QueueError.Invalid("code", line.Code ?? "—"));
                }

                if (line.Date < _day)
                {
                    throw Refuse(QueueErrorCode.BookingDeadlinePassed, detail: Day(line.Date));
                }

                var existing = _bookings.GetValueOrDefault(code) ?? _store.FindBooking(code);
                if (existing is not null && (existing.ServiceId != service.Id || existing.Date != line.Date || existing.Channel != BookingChannel.Agency))
                {
                    throw Refuse(QueueErrorCode.BookingCodeTaken, detail: code);
                }

                // Not booked any more, or loaded again with the same session: nothing to store, so nothing another
                // node would have to follow.
                if (existing is { State: not BookingState.Booked } || (existing is not null && existing.Window == line.Window))
                {
                    if (_bookings.TryAdd(code, existing))
                    {
                        PublishBookings();
                    }

                    loaded.Add(existing);
                    continue;
                }

                var booking = (existing ?? new Booking
                {
                    Code = code,
                    ServiceId = service.Id,
                    Date = line.Date,
                    Window = line.Window,
                    Token = Tokens.NewTicketToken(),
                    Channel = BookingChannel.Agency,
                    MadeBy = agencyId,
                    MadeAt = now,
                }) with { Window = line.Window };
                loaded.Add(SaveBookingLocked(booking, existing is null ? JournalEventType.BookingCreated : JournalEventType.BookingMoved, now));
            }

            return loaded;
        }
    }

    /// <summary>Marks every booking whose check-in window has closed as expired, which returns its place.</summary>
    public int ExpireBookings()
    {
        using (Move())
        {
            var now = EnsureDay();
            var due = _bookings.Values.Where(b => b.State == BookingState.Booked && CheckInCloses(b) <= now).ToList();
            foreach (var booking in due)
            {
                SaveBookingLocked(booking with { State = BookingState.Expired }, JournalEventType.BookingExpired, now);
            }

            return due.Count;
        }
    }

    /// <summary>Removes the holder's phone and NIK digits from every booking of a day before <paramref name="keepFrom"/>.</summary>
    public int EraseBookingHolders(DateOnly keepFrom)
    {
        using (Move())
        {
            var now = EnsureDay();
            var erased = _store.EraseBookingHolders(keepFrom, now);
            foreach (var booking in _bookings.Values.Where(b => b.Date < keepFrom && b.ErasedAt is null).ToList())
            {
                _bookings[booking.Code] = Erased(booking, now);
            }

            return erased;
        }
    }

    internal static Booking Erased(Booking booking, DateTimeOffset at) =>
        booking with { Phone = null, NikHash = null, NikLast4 = null, ErasedAt = at };
}
