using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>
/// Builders for stored shapes. The full ones set every settable property away from its default
/// (see <see cref="DeepAssert.NoDefaults"/>), so a field the store forgets shows up in a round trip.
/// </summary>
public static class TestData
{
    public static readonly DateOnly Day = new(2026, 11, 23);

    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>A local WIB instant on <see cref="Day"/>, with sub-millisecond ticks that a BSON date would drop.</summary>
    public static DateTimeOffset At(int hour, int minute, int second = 0, long extraTicks = 1234) =>
        new DateTimeOffset(Day.Year, Day.Month, Day.Day, hour, minute, second, Wib).AddTicks(extraTicks);

    public static Site Site() => new()
    {
        Id = "mpp-contoh",
        Name = "MPP Kota Contoh",
        TimeZoneId = "Asia/Jakarta",
        RunningText = "  Selamat datang di MPP Kota Contoh  ",
        Holidays = [new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 1)],
        NoShowMinRecalls = 2,
        NoShowGraceMinutes = 45,
        PostponePlaces = 5,
    };

    public static Zone Zone(string id = "lt1", string name = "Lantai 1", int sortOrder = 1) => new()
    {
        Id = id,
        Name = name,
        SortOrder = sortOrder,
    };

    public static Agency Agency(string id = "dukcapil") => new()
    {
        Id = id,
        Name = "Dinas Kependudukan dan Pencatatan Sipil",
        ShortName = "Disdukcapil",
        DescriptionId = "Layanan administrasi kependudukan",
        DescriptionEn = "Civil registration services",
        Active = true,
        SortOrder = 3,
    };

    public static Service Service(string id = "ktp", string prefix = "A", PriorityPolicy? policy = null) => new()
    {
        Id = id,
        AgencyId = "dukcapil",
        ZoneId = "lt1",
        Prefix = prefix,
        NameId = "KTP-el " + id,
        NameEn = "ID card " + id,
        DescriptionId = "Perekaman dan pencetakan KTP-el",
        DescriptionEn = "Recording and printing of the electronic ID card",
        RequirementsId = "Kartu Keluarga\nKTP lama",
        RequirementsEn = "Family card\nOld ID card",
        Hours = new WeeklySchedule(
            WeeklySchedule.Weekdays(new TimeOnly(7, 30), new TimeOnly(16, 0), new TimeOnly(11, 30)).Days
                .SetItem(DayOfWeek.Saturday, new TimeRange(new TimeOnly(8, 0), new TimeOnly(12, 0, 30)))),
        ClosedDates = [new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30)],
        FridayBreak = new TimeRange(new TimeOnly(11, 30), new TimeOnly(13, 0)),
        CutOff = new TimeOnly(15, 0, 30).Add(TimeSpan.FromTicks(5_000_001)),
        Quota = new DailyQuota(120, walkIn: 80, online: 30, priority: 10),
        Policy = policy ?? PriorityPolicy.Ratio(3),
        StandardWaitMinutes = 45,
        StandardServiceMinutes = 12,
        StandardQueueLength = 25,
        Active = true,
        SortOrder = 2,
        Booking = new BookingRules
        {
            Open = true,
            DaysAhead = 7,
            DayBeforeUntil = new TimeOnly(15, 30),
            Sessions = [new BookingSession(new TimeRange(new TimeOnly(8, 0), new TimeOnly(9, 0)), 10), new BookingSession(new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)), 12)],
            RequiresNik = true,
            CheckInMinutesBefore = 20,
            CheckInMinutesAfter = 45,
            Join = BookingJoin.AheadOfLaterWalkIns,
        },
        Standard = Standard(),
    };

    public static ServiceStandard Standard() => new()
    {
        Requirements = [new("Kartu Keluarga", "Family card"), new("KTP lama", string.Empty)],
        Procedure = [new("Ambil nomor", "Take a number"), new("Perekaman", "Recording")],
        TimeToCompleteId = "Hari yang sama",
        TimeToCompleteEn = "Same day",
        Free = true,
        CostId = "Gratis",
        CostEn = "Free",
        LegalBasis = "UU No. 24 Tahun 2013",
        ProductId = "KTP-el",
        ProductEn = "ID card",
        ComplaintPhone = "(0761) 555-0101",
        ComplaintDeskId = "Meja informasi",
        ComplaintDeskEn = "Information desk",
    };

    public static Desk Desk(string id = "desk-3") => new()
    {
        Id = id,
        Number = 3,
        Name = "Loket 3",
        ZoneId = "lt1",
        AgencyId = "dukcapil",
        ServiceIds = ["ktp", "kk", "akta"],
        Active = true,
    };

    public static Officer Officer(string id = "off-1", string userName = "sari") => new()
    {
        Id = id,
        UserName = userName,
        DisplayName = "Sari Wulandari",
        Role = OfficerRole.Supervisor,
        AgencyId = "dukcapil",
        PasswordHash = "pbkdf2$100000$c2FsdA==$aGFzaA==",
        Active = true,
        RegionSites = ["mpp_kota_b"],
    };

    public static Booking Booking(string code = "BK-7Q2X", string? ticketId = "t-1") => new()
    {
        Code = code,
        ServiceId = "ktp",
        Date = Day,
        Window = new TimeRange(new TimeOnly(9, 0), new TimeOnly(9, 30)),
        State = BookingState.CheckedIn,
        TicketId = ticketId,
        Token = "booking-token-0123456789abcdef",
        Channel = BookingChannel.Officer,
        MadeBy = "o-7",
        MadeAt = new DateTimeOffset(2026, 11, 20, 2, 15, 0, TimeSpan.Zero),
        Phone = "6281234567890",
        NikHash = new string('a', 64),
        NikLast4 = "0123",
        Moves = 1,
        CancelledAt = new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero),
        ErasedAt = new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero),
    };

    public static DeskState DeskState(string deskId = "desk-3", long lastSequence = 41) => new()
    {
        DeskId = deskId,
        Paused = true,
        Reason = PauseReason.Prayer,
        Note = " sholat dzuhur ",
        Since = At(12, 0, 5),
        OfficerId = "off-1",
        LastSequence = lastSequence,
        SignedInOfficerId = "off-2",
        SignedInAt = At(7, 25, 1),
    };

    /// <summary>A ticket that was booked, called, recalled, transferred and is being served: every field set.</summary>
    public static Ticket FullTicket(string id = "t-1", string token = "tok-full-0123456789abcdef") => new()
    {
        Id = id,
        Token = token,
        ServiceId = "ktp",
        IssuingServiceId = "kk",
        Number = new TicketNumber("SK", 12),
        ServiceDate = Day,
        Status = TicketStatus.Serving,
        Priority = PriorityGroup.Elderly,
        Channel = TicketChannel.Booking,
        BookingCode = "BK-7Q2X",
        KioskId = "kiosk-2",
        IdempotencyKey = "idem-42",
        IssuedAt = At(7, 31, 2),
        ArrivedAt = At(7, 31, 1, extraTicks: 9),
        FirstCalledAt = At(7, 45),
        CalledAt = At(8, 12, 30),
        ServingAt = At(8, 13, 10),
        FinishedAt = At(8, 30, 0, extraTicks: 1),
        NoShowAt = At(8, 5, 0, extraTicks: 7),
        CancelledAt = At(8, 40, 0, extraTicks: 3),
        DeskId = "desk-3",
        OfficerId = "off-1",
        RecallCount = 2,
        TransferredFromServiceId = "kk",
        History =
        [
            new TicketMove(10, MoveKind.CheckIn, At(7, 31, 2), TicketStatus.Waiting, TicketStatus.Waiting, null, null, "kiosk-2"),
            new TicketMove(20, MoveKind.Call, At(7, 45), TicketStatus.Waiting, TicketStatus.Called, "desk-1", "off-9", null),
            new TicketMove(21, MoveKind.Recall, At(7, 46), TicketStatus.Called, TicketStatus.Called, "desk-1", "off-9", null),
            new TicketMove(25, MoveKind.Transfer, At(8, 0), TicketStatus.Called, TicketStatus.Waiting, "desk-1", "off-9", " perlu KK dulu "),
            new TicketMove(30, MoveKind.CallSpecific, At(8, 12, 30), TicketStatus.Waiting, TicketStatus.Called, "desk-3", "off-1", string.Empty),
            new TicketMove(33, MoveKind.StartServing, At(8, 13, 10), TicketStatus.Called, TicketStatus.Serving, "desk-3", "off-1", null),
        ],
    };

    /// <summary>A plain waiting walk-in ticket whose only move has sequence <paramref name="lastSequence"/>.</summary>
    public static Ticket Ticket(string id, string prefix, int sequence, DateOnly? day = null, long? lastSequence = null, string? token = null)
    {
        var at = At(8, 0).AddSeconds(sequence);
        return new Ticket
        {
            Id = id,
            Token = token ?? "tok-" + id,
            ServiceId = "ktp",
            IssuingServiceId = "ktp",
            Number = new TicketNumber(prefix, sequence),
            ServiceDate = day ?? Day,
            Status = TicketStatus.Waiting,
            IssuedAt = at,
            ArrivedAt = at,
            History = [new TicketMove(lastSequence ?? sequence, MoveKind.Issue, at, TicketStatus.Waiting, TicketStatus.Waiting, null, null, null)],
        };
    }

    public static ImmutableArray<PriorityPolicy> EveryPolicy { get; } =
        [PriorityPolicy.PriorityFirst, PriorityPolicy.Ratio(3), PriorityPolicy.Ageing(20)];
}
