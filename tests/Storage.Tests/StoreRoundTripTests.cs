using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>Everything written to a data file, closed and reopened, reads back equal field by field.</summary>
public abstract class StoreRoundTripTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("queue.db");

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void LoadCatalog_AfterReopen_ReturnsEverySiteZoneAgencyServiceAndDesk()
    {
        var site = TestData.Site();
        Zone[] zones = [TestData.Zone(), TestData.Zone("lt2", "Lantai 2 ", 2)];
        Agency[] agencies = [TestData.Agency(), TestData.Agency("imigrasi") with { Active = false, ShortName = string.Empty }];
        Service[] services =
        [
            TestData.Service("ktp", "A", PriorityPolicy.PriorityFirst),
            TestData.Service("kk", "SK", PriorityPolicy.Ratio(3)),
            TestData.Service("akta", "B12", PriorityPolicy.Ageing(20)) with
            {
                FridayBreak = null,
                CutOff = null,
                ClosedDates = [],
                Quota = new DailyQuota(80),
                Active = false,
            },
        ];
        Desk[] desks = [TestData.Desk(), TestData.Desk("desk-4") with { Number = 4, ServiceIds = ["akta"], Active = false }];
        using (var store = Host.Open())
        {
            store.SaveSite(site);
            Array.ForEach(zones, store.SaveZone);
            Array.ForEach(agencies, store.SaveAgency);
            Array.ForEach(services, store.SaveService);
            Array.ForEach(desks, store.SaveDesk);
        }

        using var reopened = Host.Open();
        var catalog = reopened.LoadCatalog();

        Assert.NotNull(catalog);
        DeepAssert.Equal(SiteCatalog.Create(site, zones, agencies, services, desks), catalog);
        Assert.Equal(
            [PriorityPolicyKind.PriorityFirst, PriorityPolicyKind.Ratio, PriorityPolicyKind.Ageing],
            catalog.Services.Values.OrderBy(s => s.Id == "ktp" ? 0 : s.Id == "kk" ? 1 : 2).Select(s => s.Policy.Kind));
    }

    [Fact]
    public void LoadCatalog_EmptyStore_ReturnsNull()
    {
        using var store = Host.Open();
        store.SaveZone(TestData.Zone());

        Assert.Null(store.LoadCatalog());
    }

    [Fact]
    public void SaveSite_SecondSite_ReplacesTheFirst()
    {
        using (var store = Host.Open())
        {
            store.SaveSite(TestData.Site());
            store.SaveSite(TestData.Site() with { Id = Site.DefaultId, Name = "MPP Baru" });
        }

        using var reopened = Host.Open();

        Assert.Equal("MPP Baru", reopened.LoadCatalog()?.Site.Name);
    }

    [Fact]
    public void LoadOfficers_AfterReopen_ReturnsEveryOfficerEqual()
    {
        var sari = TestData.Officer();
        var budi = TestData.Officer("off-2", "budi") with { Role = OfficerRole.Admin, AgencyId = null, Active = false };
        using (var store = Host.Open())
        {
            store.SaveOfficer(sari);
            store.SaveOfficer(budi);
        }

        using var reopened = Host.Open();

        DeepAssert.Equal<IReadOnlyList<Officer>>([budi, sari], reopened.LoadOfficers());
    }

    [Fact]
    public void LoadOfficers_AfterASaveOnTheSameStore_ReturnsTheSavedAccount()
    {
        var sari = TestData.Officer();
        using var store = Host.Open();
        store.SaveOfficer(sari);
        Assert.True(store.LoadOfficers().Single().Active);

        // Accounts are kept in memory between saves: a disabled account must show at once, and a new one too.
        var disabled = sari with { Active = false, DisplayName = "Sari (cuti)" };
        store.SaveOfficer(disabled);
        var budi = TestData.Officer("off-2", "budi");
        store.SaveOfficer(budi);

        DeepAssert.Equal<IReadOnlyList<Officer>>([budi, disabled], store.LoadOfficers());
    }

    [Fact]
    public void FindBooking_AfterReopen_ReturnsTheBookingEqual()
    {
        var booking = TestData.Booking();
        using (var store = Host.Open())
        {
            store.SaveBooking(booking);
        }

        using var reopened = Host.Open();

        DeepAssert.Equal(booking, reopened.FindBooking(booking.Code));
        Assert.Null(reopened.FindBooking("BK-NONE"));
    }

    [Fact]
    public void LoadDeskStates_AfterReopen_ReturnsEveryStateEqual()
    {
        var paused = TestData.DeskState();
        var open = new DeskState { DeskId = "desk-4", LastSequence = 7 };
        using (var store = Host.Open())
        {
            store.SaveDeskState(paused);
            store.SaveDeskState(open);
        }

        using var reopened = Host.Open();

        DeepAssert.Equal<IReadOnlyList<DeskState>>([paused, open], reopened.LoadDeskStates().OrderBy(s => s.DeskId).ToList());
    }

    [Fact]
    public void FindTicket_AfterReopen_ReturnsEveryFieldAndMoveEqual()
    {
        var ticket = TestData.FullTicket();
        using (var store = Host.Open())
        {
            store.InsertTicket(ticket, null);
        }

        using var reopened = Host.Open();

        DeepAssert.Equal(ticket, reopened.FindTicket(ticket.Id));
        DeepAssert.Equal(ticket, reopened.FindTicketByToken(ticket.Token));
        DeepAssert.Equal<IReadOnlyList<Ticket>>([ticket], reopened.LoadTickets(TestData.Day));
    }

    [Fact]
    public void FindTicket_TimesWithOffsetAndSubMillisecondTicks_ComeBackAsTheSameInstants()
    {
        var issued = new DateTimeOffset(2026, 11, 23, 23, 59, 59, TimeSpan.FromHours(9)).AddTicks(9_999);
        var ticket = TestData.FullTicket() with { IssuedAt = issued, ArrivedAt = issued.AddTicks(-1), FinishedAt = null };
        using (var store = Host.Open())
        {
            store.InsertTicket(ticket, null);
        }

        using var reopened = Host.Open();
        var read = reopened.FindTicket(ticket.Id)!;

        Assert.Equal(issued.ToUniversalTime(), read.IssuedAt.ToUniversalTime());
        Assert.Equal(issued.UtcTicks, read.IssuedAt.UtcTicks);
        Assert.Equal(issued.UtcTicks - 1, read.ArrivedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.IssuedAt.Offset);
        Assert.Null(read.FinishedAt);
        Assert.Equal(ticket.History[3].At.UtcTicks, read.History[3].At.UtcTicks);
    }

    [Fact]
    public void LoadCatalog_DatesAndTimesOfDay_ComeBackExactly()
    {
        var service = TestData.Service() with { CutOff = new TimeOnly(23, 59, 59, 999, 999).Add(TimeSpan.FromTicks(9)) };
        using (var store = Host.Open())
        {
            store.SaveSite(TestData.Site() with { Holidays = [DateOnly.MinValue, new DateOnly(2026, 2, 28), DateOnly.MaxValue] });
            store.SaveService(service);
        }

        using var reopened = Host.Open();
        var catalog = reopened.LoadCatalog()!;
        var read = catalog.Services["ktp"];

        Assert.Equal([DateOnly.MinValue, new DateOnly(2026, 2, 28), DateOnly.MaxValue], catalog.Site.Holidays);
        Assert.Equal(service.CutOff, read.CutOff);
        Assert.Equal(service.ClosedDates, read.ClosedDates);
        Assert.Equal(new TimeOnly(12, 0, 30), read.Hours.For(DayOfWeek.Saturday)?.End);
        Assert.Equal(new TimeOnly(11, 30), read.Hours.For(DayOfWeek.Friday)?.End);
        Assert.Null(read.Hours.For(DayOfWeek.Sunday));
    }
}

public sealed class StoreRoundTripOnLiteDbTests() : StoreRoundTripTests(new LiteStoreHost());

public sealed class StoreRoundTripOnPostgresTests() : StoreRoundTripTests(new PostgresStoreHost("StoreRoundTrip"));
