using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

public class BookingTests
{
    private readonly EngineHarness _h = new(localStart: new DateTime(2026, 11, 23, 9, 0, 0));

    private Booking BookToday(int fromHour, int toHour) =>
        _h.Engine.Book("a", new DateOnly(2026, 11, 23), new TimeRange(new TimeOnly(fromHour, 0), new TimeOnly(toHour, 0)));

    [Fact]
    public void CheckIn_InsideTheWindow_GivesATicketInTheNormalQueue()
    {
        _h.Issue("a");
        var booking = BookToday(9, 10);

        var ticket = _h.Engine.CheckIn(booking.Code.ToLowerInvariant(), "kiosk-1");

        Assert.Equal(("A002", TicketChannel.Booking, booking.Code), (ticket.Number.ToString(), ticket.Channel, ticket.BookingCode));
        Assert.Equal(MoveKind.CheckIn, ticket.History[0].Kind);
        Assert.Equal((BookingState.CheckedIn, ticket.Id), (_h.Store.FindBooking(booking.Code)!.State, _h.Store.FindBooking(booking.Code)!.TicketId));
        Assert.Equal(QueueEventKind.TicketCheckedIn, _h.Events[^1].Kind);
    }

    [Fact]
    public void CheckIn_BeforeTheWindow_IsRefusedSayingWhen()
    {
        var booking = BookToday(10, 11);

        var error = Refused(() => _h.Engine.CheckIn(booking.Code));

        Assert.Equal(QueueErrorCode.BookingTooEarly, error.Code);
        Assert.Equal("Booking Anda belum bisa digunakan. Silakan check-in mulai 10:00.", error.Error.Describe(Indonesian));
        Assert.Equal(BookingState.Booked, _h.Store.FindBooking(booking.Code)!.State);
    }

    [Fact]
    public void CheckIn_OnAnEarlierDay_IsRefusedAsTooEarly()
    {
        var booking = _h.Engine.Book("a", new DateOnly(2026, 11, 25), new TimeRange(new TimeOnly(8, 0), new TimeOnly(9, 0)));

        var error = Refused(() => _h.Engine.CheckIn(booking.Code));

        Assert.Equal(QueueErrorCode.BookingTooEarly, error.Code);
        Assert.Contains("2026-11-25 08:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIn_AfterTheWindow_IsRefused()
    {
        var booking = BookToday(8, 9);

        var error = Refused(() => _h.Engine.CheckIn(booking.Code));

        Assert.Equal(QueueErrorCode.BookingTooLate, error.Code);
        Assert.Empty(_h.Store.AllTickets);
    }

    [Fact]
    public void CheckIn_Twice_IsRefusedTheSecondTime()
    {
        var booking = BookToday(9, 10);
        _h.Engine.CheckIn(booking.Code);

        var error = Refused(() => _h.Engine.CheckIn(booking.Code));

        Assert.Equal(QueueErrorCode.BookingUsed, error.Code);
        Assert.Single(_h.Store.AllTickets);
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
    public void CheckIn_OnlinePartOfQuotaUsed_IsRefusedButWalkInsStillServed()
    {
        var h = new EngineHarness(TestSite.Build(adjust: s => s with { Quota = new DailyQuota(10, walkIn: 8, online: 1) }), new DateTime(2026, 11, 23, 9, 0, 0));
        var window = new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0));
        var first = h.Engine.Book("a", new DateOnly(2026, 11, 23), window);
        var second = h.Engine.Book("a", new DateOnly(2026, 11, 23), window);
        h.Engine.CheckIn(first.Code);

        Assert.Equal(QueueErrorCode.QuotaFull, Refused(() => h.Engine.CheckIn(second.Code)).Code);
        Assert.Equal(TicketChannel.WalkIn, h.Engine.Issue(new IssueRequest("a")).Channel);
    }

    [Fact]
    public void Book_APastDay_IsRefused()
    {
        var error = Refused(() => _h.Engine.Book("a", new DateOnly(2026, 11, 22), new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0))));

        Assert.Equal(QueueErrorCode.BookingTooLate, error.Code);
    }

    [Fact]
    public void Book_Code_IsEightUnambiguousCharacters()
    {
        var codes = Enumerable.Range(0, 20).Select(_ => BookToday(9, 10).Code).ToList();

        Assert.All(codes, c => Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", c));
        Assert.Equal(20, codes.Distinct().Count());
    }
}
