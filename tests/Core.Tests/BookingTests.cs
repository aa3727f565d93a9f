using System.Collections.Immutable;
using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

/// <summary>
/// Bookings on Monday 23 November 2026 (site time). Service A takes bookings: sessions 08:00–09:00 (2 places),
/// 09:00–10:00 (2), 11:00–12:00 (1) and 13:00–14:00 (1), and so does B; check-in from 30 minutes before a session to 30 after its start.
/// </summary>
public class BookingTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly BookingSecret Secret = new(new string('k', 40));

    private static readonly BookingRules Rules = new()
    {
        Open = true,
        Sessions =
        [
            new BookingSession(Window(8, 9), 2),
            new BookingSession(Window(9, 10), 2),
            new BookingSession(new TimeRange(new TimeOnly(11, 0), new TimeOnly(12, 0)), 1),
            new BookingSession(Window(13, 14), 1),
        ],
    };

    private readonly EngineHarness _h;

    public BookingTests() => _h = Harness(new DateTime(2026, 11, 23, 9, 0, 0));

    private static EngineHarness Harness(DateTime localStart, Func<Service, Service>? adjust = null, Func<SiteCatalog, SiteCatalog>? site = null)
    {
        var catalog = TestSite.Build(adjust: s => s.Id is "a" or "b"
            ? (adjust ?? (x => x))(s with { Booking = Rules, FridayBreak = new TimeRange(new TimeOnly(11, 30), new TimeOnly(13, 0)) })
            : s);
        return new EngineHarness(site is null ? catalog : site(catalog), localStart);
    }

    private static TimeRange Window(int from, int to) => new(new TimeOnly(from, 0), new TimeOnly(to, 0));

    private static BookingHolder Holder(string phone = "0812-3456-7890", string? nik = null) => BookingHolder.From(phone, nik, Secret);

    private Booking Book(DateOnly day, int hour, BookingHolder? holder = null, EngineHarness? h = null) =>
        (h ?? _h).Engine.Book(new BookingRequest("a", day, new TimeOnly(hour, 0), holder ?? Holder()));

    private static int Left(EngineHarness h, DateOnly day, int hour) =>
        h.Engine.OfferFor("a", day).Sessions.Single(s => s.Window.Start == new TimeOnly(hour, 0)).Left;

    [Fact]
    public void Book_TakesItsPlaceAtOnce_AndTheLastPlaceGoesToOnePersonOnly()
    {
        var boards = new List<BookingBoard>();
        _h.Engine.BookingsChanged += boards.Add;

        var first = Book(Tuesday, 9, Holder("081200000001"));
        Assert.Equal(1, Left(_h, Tuesday, 9));
        Book(Tuesday, 9, Holder("081200000002"));
        var full = Refused(() => Book(Tuesday, 9, Holder("081200000003")));

        Assert.Equal(0, Left(_h, Tuesday, 9));
        Assert.Equal(QueueErrorCode.BookingFull, full.Code);
        Assert.Equal("Sesi 2026-11-24 09:00-10:00 sudah penuh. Silakan pilih sesi atau tanggal lain.", full.Error.Describe(Indonesian));
        Assert.Equal(2, boards.Count);
        Assert.Equal((BookingState.Booked, BookingChannel.Web, "6281200000001"), (_h.Store.FindBooking(first.Code)!.State, first.Channel, first.Phone));
        Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", first.Code);
        Assert.True(Tokens.LooksLikeToken(first.Token));
    }

    [Fact]
    public void Cancel_ReturnsThePlaceAtOnce_AndCannotBeDoneTwice()
    {
        Book(Tuesday, 13, Holder("081200000001"));
        Assert.Equal(QueueErrorCode.BookingFull, Refused(() => Book(Tuesday, 13, Holder("081200000002"))).Code);
        var booking = _h.Store.LoadBookings(Tuesday).Single();

        var cancelled = _h.Engine.CancelBooking(booking.Token);

        Assert.Equal(BookingState.Cancelled, cancelled.State);
        Assert.Equal(1, Left(_h, Tuesday, 13));
        Assert.Equal(BookingState.Booked, Book(Tuesday, 13, Holder("081200000002")).State);
        Assert.Equal(QueueErrorCode.BookingCancelled, Refused(() => _h.Engine.CancelBooking(booking.Token)).Code);
    }

    [Fact]
    public void ABookingNotCheckedIn_ExpiresAtTheEndOfItsWindow_AndItsPlaceReturns()
    {
        var booking = Book(Tuesday, 13);
        _h.Clock.Advance(new DateTime(2026, 11, 24, 13, 29, 59) - new DateTime(2026, 11, 23, 9, 0, 0));
        Assert.Equal(0, _h.Engine.ExpireBookings());

        _h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _h.Engine.ExpireBookings());

        Assert.Equal(BookingState.Expired, _h.Store.FindBooking(booking.Code)!.State);
        Assert.Equal(0, _h.Engine.Bookings.Taken("a", Tuesday, new TimeOnly(13, 0)));
        var late = Refused(() => _h.Engine.CheckIn(booking.Code));
        Assert.Equal("Waktu check-in booking Anda sudah lewat (sesi 13:00-14:00).", late.Error.Describe(Indonesian));
        Assert.Equal(QueueErrorCode.BookingExpired, Refused(() => _h.Engine.CancelBooking(booking.Token)).Code);
    }

    [Fact]
    public void OnePerson_HasOneActiveBookingPerServiceAndDay()
    {
        const string nik = "3201234567890123";
        var first = Book(Tuesday, 8, Holder("081200000001", nik));

        // The same NIK with another phone is the same person; so is the same phone when no NIK is given.
        Assert.Equal(QueueErrorCode.BookingDuplicate, Refused(() => Book(Tuesday, 9, Holder("081299999999", nik))).Code);
        Book(Tuesday, 9, Holder("081277777777"));
        Assert.Equal(QueueErrorCode.BookingDuplicate, Refused(() => Book(Tuesday, 8, Holder("0812 7777 7777"))).Code);

        // Another day, or another service, is another booking.
        Book(new DateOnly(2026, 11, 25), 8, Holder("081200000001", nik));
        _h.Engine.Book(new BookingRequest("b", Tuesday, new TimeOnly(8, 0), Holder("081200000001", nik))).ToString();

        _h.Engine.CancelBooking(first.Token);
        Assert.Equal(BookingState.Booked, Book(Tuesday, 8, Holder("081200000001", nik)).State);
    }

    [Fact]
    public void TheNik_IsKeptOnlyAsAKeyedHashAndItsLastFourDigits()
    {
        var booking = Book(Tuesday, 9, Holder(nik: "3201 2345 6789 0123"));
        var stored = _h.Store.FindBooking(booking.Code)!;

        Assert.Equal("0123", stored.NikLast4);
        Assert.Matches("^[0-9a-f]{64}$", stored.NikHash);
        Assert.DoesNotContain("3201234567890123", stored.ToString(), StringComparison.Ordinal);
        Assert.Equal(Secret.Hash("3201234567890123"), stored.NikHash);
        Assert.NotEqual(new BookingSecret(new string('x', 40)).Hash("3201234567890123"), stored.NikHash);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("320123456789012X")]
    [InlineData("32012345678901234")]
    public void AMalformedNik_IsRefusedNamingTheField(string nik)
    {
        var error = Assert.Throws<QueueException>(() => Holder(nik: nik));

        Assert.Equal(QueueErrorCode.InvalidNik, error.Code);
        Assert.StartsWith("NIK harus 16 digit", error.Error.Describe(Indonesian), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0812-3456-7890", "6281234567890")]
    [InlineData("+62 812 3456 7890", "6281234567890")]
    [InlineData("6281234567890", "6281234567890")]
    [InlineData("81234567890", "6281234567890")]
    public void PhoneNumbers_AreKeptInOneForm(string typed, string kept) =>
        Assert.Equal(kept, BookingHolder.NormalizePhone(typed));

    [Theory]
    [InlineData("021-555-1234")]
    [InlineData("0812")]
    [InlineData("<script>")]
    public void APhoneThatIsNotAMobileNumber_IsRefused(string typed) =>
        Assert.Equal(QueueErrorCode.InvalidPhone, Assert.Throws<QueueException>(() => BookingHolder.NormalizePhone(typed)).Code);

    [Fact]
    public void AServiceThatNeedsTheNik_RefusesABookingWithoutIt()
    {
        var h = Harness(new DateTime(2026, 11, 23, 9, 0, 0), s => s with { Booking = s.Booking with { RequiresNik = true } });

        Assert.Equal(QueueErrorCode.NikRequired, Refused(() => Book(Tuesday, 9, h: h)).Code);
        Assert.Equal("0123", Book(Tuesday, 9, Holder(nik: "3201234567890123"), h).NikLast4);
    }

    [Fact]
    public void TheHorizon_IsFourteenDaysAhead()
    {
        Assert.Equal(BookingState.Booked, Book(Monday.AddDays(14), 9).State);

        var error = Refused(() => Book(Monday.AddDays(15), 9, Holder("081200000009")));

        Assert.Equal(QueueErrorCode.BookingTooFarAhead, error.Code);
        Assert.Equal(14, BookingCalendar.BookableDays(_h.Engine.Catalog.Site, _h.Engine.Catalog.Services["a"], _h.Clock.GetUtcNow()).Count);
    }

    [Fact]
    public void TodayAndTomorrowAfterTheDayBeforeLimit_CannotBeBooked()
    {
        Assert.Equal(QueueErrorCode.BookingDeadlinePassed, Refused(() => Book(Monday, 13)).Code);

        _h.Clock.Advance(new TimeSpan(6, 59, 59));
        Assert.Equal(BookingState.Booked, Book(Tuesday, 9).State);

        _h.Clock.Advance(TimeSpan.FromSeconds(1));
        var error = Refused(() => Book(Tuesday, 8, Holder("081200000002")));
        Assert.Equal(QueueErrorCode.BookingDeadlinePassed, error.Code);
        Assert.Equal("Booking untuk tanggal 2026-11-24 sudah ditutup. Booking paling lambat sehari sebelumnya.", error.Error.Describe(Indonesian));
        Assert.Equal(QueueErrorCode.BookingDeadlinePassed, _h.Engine.OfferFor("a", Tuesday).Refusal);
    }

    [Fact]
    public void HolidaysAndClosedDays_CannotBeBooked()
    {
        var h = Harness(
            new DateTime(2026, 11, 23, 9, 0, 0),
            s => s with { ClosedDates = [new DateOnly(2026, 11, 26)] },
            c => c with { Site = c.Site with { Holidays = [new DateOnly(2026, 11, 25)] } });

        Assert.Equal(QueueErrorCode.ServiceClosedDay, Refused(() => Book(new DateOnly(2026, 11, 25), 9, h: h)).Code);
        Assert.Equal(QueueErrorCode.ServiceClosedDay, Refused(() => Book(new DateOnly(2026, 11, 26), 9, h: h)).Code);
        Assert.DoesNotContain(new DateOnly(2026, 11, 25), BookingCalendar.BookableDays(h.Engine.Catalog.Site, h.Engine.Catalog.Services["a"], h.Clock.GetUtcNow()));
    }

    [Fact]
    public void OnAFriday_SessionsInThePrayerBreakAreNotOffered()
    {
        var friday = new DateOnly(2026, 11, 27);

        var offered = _h.Engine.OfferFor("a", friday).Sessions.Select(s => s.Window.Start.Hour).ToList();

        Assert.Equal([8, 9, 13], offered);
        Assert.Equal(QueueErrorCode.UnknownSession, Refused(() => _h.Engine.Book(new BookingRequest("a", friday, new TimeOnly(11, 0), Holder()))).Code);
        Assert.Equal(4, _h.Engine.OfferFor("a", Tuesday).Sessions.Count);
    }

    [Fact]
    public void AServiceThatTakesNoBookings_RefusesThem()
    {
        var error = Refused(() => _h.Engine.Book(new BookingRequest("c", Tuesday, new TimeOnly(9, 0), Holder())));

        Assert.Equal(QueueErrorCode.BookingClosed, error.Code);
        Assert.Equal(QueueErrorCode.BookingClosed, _h.Engine.OfferFor("c", Tuesday).Refusal);
    }

    [Theory]
    [InlineData(-31 * 60, QueueErrorCode.BookingTooEarly)]
    [InlineData(-30 * 60, null)]
    [InlineData((30 * 60) - 1, null)]
    [InlineData(30 * 60, QueueErrorCode.BookingTooLate)]
    public void CheckIn_WindowEdges(int secondsFromSessionStart, QueueErrorCode? refusal)
    {
        var h = Harness(new DateTime(2026, 11, 22, 9, 0, 0));
        var booking = Book(Monday, 13, h: h);
        h.Clock.Advance(new DateTime(2026, 11, 23, 13, 0, 0).AddSeconds(secondsFromSessionStart) - new DateTime(2026, 11, 22, 9, 0, 0));

        if (refusal is { } code)
        {
            Assert.Equal(code, Refused(() => h.Engine.CheckIn(booking.Code)).Code);
        }
        else
        {
            Assert.Equal(TicketChannel.Booking, h.Engine.CheckIn(booking.Code).Channel);
        }
    }

    [Fact]
    public void CheckIn_TooEarly_SaysFromWhen()
    {
        var h = Harness(new DateTime(2026, 11, 22, 9, 0, 0));
        var booking = Book(Monday, 13, h: h);
        h.Clock.Advance(TimeSpan.FromDays(1));

        var error = Refused(() => h.Engine.CheckIn(booking.Code));

        Assert.Equal("Booking Anda untuk sesi 13:00-14:00 belum bisa digunakan. Silakan check-in mulai 12:30.", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void ABookedVisitor_IsNeverRefusedForQuota_AndWalkInsNeverTakeBookedPlaces()
    {
        var h = Harness(new DateTime(2026, 11, 22, 9, 0, 0), s => s with { Quota = new DailyQuota(8) });
        var booked = Enumerable.Range(1, 6).Select(i => Book(Monday, i <= 2 ? 8 : i <= 4 ? 9 : i == 5 ? 11 : 13, Holder($"08120000000{i}"), h)).ToList();
        h.Clock.Advance(new DateTime(2026, 11, 23, 8, 0, 0) - new DateTime(2026, 11, 22, 9, 0, 0));

        // Eight a day, six of them booked: two walk-ins, then the walk-ins are refused.
        h.Engine.Issue(new IssueRequest("a"));
        h.Engine.Issue(new IssueRequest("a"));
        Assert.Equal(QueueErrorCode.QuotaFull, Refused(() => h.Engine.Issue(new IssueRequest("a"))).Code);

        h.Engine.CheckIn(booked[0].Code);
        h.Clock.Advance(TimeSpan.FromHours(5));
        h.Engine.CheckIn(booked[5].Code);

        Assert.Equal(4, h.Store.AllTickets.Count);
    }

    [Fact]
    public void JoinAtTheBack_PutsTheCheckedInVisitorBehindEveryoneAlreadyWaiting()
    {
        var h = Harness(new DateTime(2026, 11, 22, 9, 0, 0));
        var booking = Book(Monday, 9, h: h);
        h.Clock.Advance(new DateTime(2026, 11, 23, 9, 5, 0) - new DateTime(2026, 11, 22, 9, 0, 0));
        var walkIn = h.Issue();

        var ticket = h.Engine.CheckIn(booking.Code);

        Assert.Equal([walkIn.Id, ticket.Id], h.Engine.Snapshot.Line("a").Waiting.Select(w => w.Ticket.Id));
    }

    [Fact]
    public void JoinAheadOfLaterWalkIns_PutsTheVisitorAheadOfThoseWhoCameAfterTheSessionBegan_PriorityStillFirst()
    {
        var h = Harness(new DateTime(2026, 11, 22, 9, 0, 0), s => s with { Booking = s.Booking with { Join = BookingJoin.AheadOfLaterWalkIns } });
        var booking = Book(Monday, 9, h: h);
        h.Clock.Advance(new DateTime(2026, 11, 23, 8, 55, 0) - new DateTime(2026, 11, 22, 9, 0, 0));
        var before = h.Issue();
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        var after = h.Issue();
        var elderly = h.Issue(priority: PriorityGroup.Elderly);

        var ticket = h.Engine.CheckIn(booking.Code);

        Assert.Equal([elderly.Id, before.Id, ticket.Id, after.Id], h.Engine.Snapshot.Line("a").Waiting.Select(w => w.Ticket.Id));
    }

    [Fact]
    public void AMove_HappensOnce_ReturnsTheOldPlace_AndOnlyUntilTheDayBefore()
    {
        var booking = Book(Tuesday, 13);

        var moved = _h.Engine.MoveBooking(booking.Token, Tuesday, new TimeOnly(9, 0));

        Assert.Equal((new TimeOnly(9, 0), 1, booking.Code), (moved.Window.Start, moved.Moves, moved.Code));
        Assert.Equal(1, Left(_h, Tuesday, 13));
        Assert.Equal(QueueErrorCode.BookingAlreadyMoved, Refused(() => _h.Engine.MoveBooking(booking.Token, Tuesday, new TimeOnly(8, 0))).Code);

        var other = Book(new DateOnly(2026, 11, 25), 9, Holder("081200000005"));
        _h.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(7));
        Assert.Equal(QueueErrorCode.BookingDeadlinePassed, Refused(() => _h.Engine.MoveBooking(other.Token, new DateOnly(2026, 11, 26), new TimeOnly(9, 0))).Code);
    }

    [Fact]
    public void PersonalFields_AreDeletedWhenTheirTimeIsUp_TheBookingStays()
    {
        var booking = Book(Tuesday, 9, Holder(nik: "3201234567890123"));
        _h.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(0, _h.Engine.EraseBookingHolders(Tuesday));
        var erased = _h.Engine.EraseBookingHolders(Tuesday.AddDays(1));

        var stored = _h.Store.FindBooking(booking.Code)!;
        Assert.Equal(1, erased);
        Assert.Equal((null, null, null), (stored.Phone, stored.NikHash, stored.NikLast4));
        Assert.NotNull(stored.ErasedAt);
        Assert.Equal(booking.Window, stored.Window);
    }

    [Fact]
    public void AgencyCodes_CheckInAtTheKioskWithTheCodeTheVisitorHas()
    {
        var loaded = _h.Engine.LoadAgencyBookings("disdukcapil", [new AgencyBooking("pas-2026-0001", "a", Monday, Window(9, 10))]);

        var ticket = _h.Engine.CheckIn("PAS20260001");

        Assert.Equal((BookingChannel.Agency, "PAS20260001"), (loaded[0].Channel, ticket.BookingCode));
        Assert.Equal(QueueErrorCode.UnknownService, Refused(() => _h.Engine.LoadAgencyBookings("polres", [new AgencyBooking("X1234", "a", Monday, Window(9, 10))])).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("NOPE1234")]
    [InlineData("<script>alert(1)</script>")]
    public void CheckIn_UnknownCode_IsRefused(string code)
    {
        var error = Refused(() => _h.Engine.CheckIn(code));

        Assert.Equal(QueueErrorCode.UnknownBooking, error.Code);
        Assert.Empty(_h.Store.AllTickets);
    }

    [Fact]
    public void CheckIn_Twice_IsRefusedTheSecondTime()
    {
        var h = Harness(new DateTime(2026, 11, 22, 9, 0, 0));
        var booking = Book(Monday, 9, h: h);
        h.Clock.Advance(TimeSpan.FromDays(1));
        var ticket = h.Engine.CheckIn(booking.Code.ToLowerInvariant(), "kiosk-1");

        var error = Refused(() => h.Engine.CheckIn(booking.Code));

        Assert.Equal(QueueErrorCode.BookingUsed, error.Code);
        Assert.Equal((MoveKind.CheckIn, booking.Code), (ticket.History[0].Kind, ticket.BookingCode));
        Assert.Equal((BookingState.CheckedIn, ticket.Id), (h.Store.FindBooking(booking.Code)!.State, h.Store.FindBooking(booking.Code)!.TicketId));
    }

    [Fact]
    public void TheBookings_SurviveARestart()
    {
        Book(Tuesday, 13);

        var engine = _h.Restart();

        Assert.Equal(1, engine.Bookings.Taken("a", Tuesday, new TimeOnly(13, 0)));
        Assert.Equal(QueueErrorCode.BookingFull, Refused(() => engine.Book(new BookingRequest("a", Tuesday, new TimeOnly(13, 0), Holder("081200000009")))).Code);
    }

    [Fact]
    public void TheCommandCenter_CountsTodaysBookingsPerService()
    {
        var h = Harness(new DateTime(2026, 11, 22, 9, 0, 0));
        var early = Book(Monday, 8, Holder("081200000001"), h);
        var nine = Book(Monday, 9, Holder("081200000002"), h);
        Book(Monday, 13, Holder("081200000003"), h);
        var cancelled = Book(Monday, 9, Holder("081200000004"), h);
        h.Engine.CancelBooking(cancelled.Token);
        h.Clock.Advance(new DateTime(2026, 11, 23, 9, 0, 0) - new DateTime(2026, 11, 22, 9, 0, 0));
        h.Engine.CheckIn(nine.Code);
        h.Engine.ExpireBookings();

        var center = new CommandCenter(h.Engine, new ScreenRegistry(new InMemoryDeviceStore(), h.Clock, TimeSpan.FromSeconds(60)), h.Clock);
        var a = center.Snapshot().Agencies.SelectMany(g => g.Services).Single(s => s.Service.Id == "a");

        Assert.Equal(new BookingCounts(3, 1, 1, 1), a.Bookings);
        Assert.Equal(BookingState.Expired, h.Store.FindBooking(early.Code)!.State);
        Assert.True(a.ShowsBookings);
    }
}
