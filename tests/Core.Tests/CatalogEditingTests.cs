using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

/// <summary>Configuration changes for a person: live at once, never disturbing today's tickets, scoped, audited.</summary>
public class CatalogEditingTests
{
    private readonly EngineHarness _h = new();
    private readonly CatalogEditor _editor;

    public CatalogEditingTests()
    {
        _editor = new CatalogEditor(_h.Store, _h.Engine, _h.Clock);
        Admin = _h.Officer("admin", null, OfficerRole.Admin);
        MppSupervisor = _h.Officer("spv", null, OfficerRole.Supervisor);
        DukcapilSupervisor = _h.Officer("spv-dukcapil", "disdukcapil", OfficerRole.Supervisor);
        Clerk = _h.Officer("petugas", "disdukcapil");
    }

    private Officer Admin { get; }

    private Officer MppSupervisor { get; }

    private Officer DukcapilSupervisor { get; }

    private Officer Clerk { get; }

    private Service ServiceA => _h.Engine.Catalog.Services["a"];

    [Fact]
    public void SaveService_New_IsIssuableAtOnceWithoutARestart()
    {
        _editor.SaveService(Admin, TestSite.Service("npwp", "w"), null);

        var ticket = _h.Engine.Issue(new IssueRequest("npwp"));

        Assert.Equal("W001", ticket.Number.ToString());
        Assert.Contains(_h.Events, e => e.Kind == QueueEventKind.CatalogChanged);
        Assert.True(_h.Engine.Availability("npwp").IsOpen);
    }

    [Fact]
    public void SaveService_QuotaBelowIssuedToday_IsRefusedAndTheOldQuotaStays()
    {
        _h.Issue();
        _h.Issue();
        _h.Issue();

        var error = Assert.Throws<CatalogException>(() => _editor.SaveService(Admin, ServiceA with { Quota = new DailyQuota(2) }, ServiceA));

        Assert.Equal(CatalogErrorCode.QuotaBelowIssued, error.Code);
        Assert.Equal("quota.total", error.Field);
        Assert.Equal("Kuota harian (2) tidak boleh kurang dari nomor yang sudah diambil hari ini (3).", error.Error.Describe(Indonesian));
        Assert.Equal(500, _h.Store.LoadCatalog()!.Services["a"].Quota.Total);
    }

    [Fact]
    public void SaveService_QuotaEqualToIssued_IsAcceptedAndTheServiceIsFull()
    {
        _h.Issue();
        _h.Issue();

        _editor.SaveService(Admin, ServiceA with { Quota = new DailyQuota(2) }, ServiceA);

        Assert.Equal(QueueErrorCode.QuotaFull, Refused(() => _h.Engine.Issue(new IssueRequest("a"))).Code);
    }

    [Fact]
    public void SaveService_PriorityPartBelowPriorityIssued_IsRefusedOnThatPart()
    {
        _h.Issue(priority: PriorityGroup.Elderly);
        _h.Issue(priority: PriorityGroup.Pregnant);

        var error = Assert.Throws<CatalogException>(() =>
            _editor.SaveService(Admin, ServiceA with { Quota = new DailyQuota(100, priority: 1) }, ServiceA));

        Assert.Equal("quota.priority", error.Field);
        Assert.Equal("Priority quota (1) may not be below the tickets already issued today (2).", error.Error.Describe(English));
    }

    [Fact]
    public void SaveService_NewPrefix_LeavesTodaysTicketsAsTheyAreAndNumbersOnFromOne()
    {
        var first = _h.Issue();
        var second = _h.Issue();

        _editor.SaveService(Admin, ServiceA with { Prefix = "KT" }, ServiceA);
        var third = _h.Issue();

        Assert.Equal(["A001", "A002"], new[] { first, second }.Select(t => _h.Engine.FindTicket(t.Id)!.Number.ToString()));
        Assert.Equal("A001", _h.Store.FindTicket(first.Id)!.Number.ToString());
        Assert.Equal("KT001", third.Number.ToString());
        _h.SignIn("loket-01");
        Assert.Equal(first.Id, _h.Engine.CallNext("loket-01", "o1").Id);
    }

    [Fact]
    public void SaveService_Deactivated_StopsIssuingButWaitingTicketsAreStillCalled()
    {
        var waiting = _h.Issue();

        _editor.SaveService(Admin, ServiceA with { Active = false }, ServiceA);

        Assert.Equal(QueueErrorCode.ServiceInactive, Refused(() => _h.Engine.Issue(new IssueRequest("a"))).Code);
        Assert.Equal(TicketStatus.Waiting, _h.Engine.FindTicket(waiting.Id)!.Status);
        _h.SignIn("loket-01");
        Assert.Equal(waiting.Id, _h.Engine.CallNext("loket-01", "o1").Id);
    }

    [Fact]
    public void SaveService_WritesAnAuditEntryWithActorAndBeforeAfter()
    {
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        _editor.SaveService(Admin, ServiceA with { Quota = new DailyQuota(600), StandardWaitMinutes = 45 }, ServiceA);

        var entry = Assert.Single(_h.Store.Audit);
        Assert.Equal("admin", entry.ActorId);
        Assert.Equal("config.service.update", entry.Action);
        Assert.Equal("a", entry.Subject);
        Assert.Equal(_h.Clock.GetUtcNow(), entry.At);
        Assert.Equal("quota: 500 (walk-in -, online -, priority -) → 600 (walk-in -, online -, priority -); standardWaitMinutes: 30 → 45", entry.Detail);
    }

    [Fact]
    public void SaveService_ASessionMovedKeepingItsPlaces_IsSavedAndAudited()
    {
        var open = ServiceA with { Booking = new BookingRules { Open = true, Sessions = [new BookingSession(new TimeRange(new(8, 0), new(9, 0)), 10)] } };
        _editor.SaveService(Admin, open, ServiceA);
        var stored = _h.Engine.Catalog.Services["a"];

        _editor.SaveService(Admin, stored with { Booking = stored.Booking with { Sessions = [new BookingSession(new TimeRange(new(9, 0), new(10, 0)), 10)] } }, stored);

        Assert.Equal(new TimeOnly(9, 0), Assert.Single(_h.Store.LoadCatalog()!.Services["a"].Booking.Sessions).Window.Start);
        Assert.Equal(
            "booking: open, 14 days, until 16:00, NIK no, check-in 30/30, Back, 08:00-09:00 x10 → open, 14 days, until 16:00, NIK no, check-in 30/30, Back, 09:00-10:00 x10",
            _h.Store.Audit[^1].Detail);
    }

    [Fact]
    public void SaveZone_New_AuditsEveryFieldAsCreated()
    {
        _editor.SaveZone(Admin, new Zone { Id = "zona-3", Name = "Zona 3", SortOrder = 3 }, null);

        var entry = Assert.Single(_h.Store.Audit);
        Assert.Equal("config.zone.create", entry.Action);
        Assert.Equal("id: zona-3; name: Zona 3; sortOrder: 3", entry.Detail);
    }

    [Fact]
    public void SaveService_SameChangeTwice_IsStoredAndAuditedOnce()
    {
        var changed = ServiceA with { NameId = "KTP Elektronik" };

        _editor.SaveService(Admin, changed, ServiceA);
        var writes = _h.Store.Writes;
        _editor.SaveService(Admin, changed, ServiceA);

        Assert.Equal(writes, _h.Store.Writes);
        Assert.Single(_h.Store.Audit);
    }

    [Fact]
    public void SaveZone_AddedTwice_CreatesOneZone()
    {
        var zone = new Zone { Id = "zona-3", Name = "Zona 3" };

        _editor.SaveZone(Admin, zone, null);
        _editor.SaveZone(Admin, zone, null);

        Assert.Equal(3, _h.Engine.Catalog.Zones.Count);
        Assert.Single(_h.Store.Audit);
    }

    [Fact]
    public void SaveService_ChangedMeanwhileBySomeoneElse_IsRefusedAndTheirChangeStays()
    {
        var opened = ServiceA;
        _editor.SaveService(MppSupervisor, opened with { StandardWaitMinutes = 40 }, opened);

        var error = Assert.Throws<CatalogException>(() => _editor.SaveService(Admin, opened with { NameEn = "ID card" }, opened));

        Assert.Equal(CatalogErrorCode.ChangedMeanwhile, error.Code);
        Assert.Equal(40, _h.Engine.Catalog.Services["a"].StandardWaitMinutes);
        Assert.Equal("Service A", _h.Engine.Catalog.Services["a"].NameEn);
    }

    [Fact]
    public void SaveAgency_NewWithAnIdAlreadyUsed_IsRefusedAndDoesNotOverwrite()
    {
        var error = Assert.Throws<CatalogException>(() => _editor.SaveAgency(Admin, new Agency { Id = "polres", Name = "Polres Baru" }, null));

        Assert.Equal(CatalogErrorCode.IdTaken, error.Code);
        Assert.Equal("Polres", _h.Engine.Catalog.Agencies["polres"].Name);
    }

    [Fact]
    public void SaveZone_NameOfAnotherZone_IsRefused()
    {
        var error = Assert.Throws<CatalogException>(() => _editor.SaveZone(Admin, new Zone { Id = "zona-3", Name = "zona 1" }, null));

        Assert.Equal(CatalogErrorCode.NameTaken, error.Code);
        Assert.Equal("Nama \"zona 1\" sudah dipakai.", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void SaveService_AgencySupervisorOwnAgency_IsAllowed()
    {
        _editor.SaveService(DukcapilSupervisor, ServiceA with { StandardWaitMinutes = 20 }, ServiceA);

        Assert.Equal(20, _h.Engine.Catalog.Services["a"].StandardWaitMinutes);
        Assert.Equal("spv-dukcapil", Assert.Single(_h.Store.Audit).ActorId);
    }

    [Fact]
    public void SaveService_AgencySupervisorOtherAgency_IsRefusedInTheCore()
    {
        var polres = _h.Engine.Catalog.Services["sk"];
        var writes = _h.Store.Writes;

        var error = Assert.Throws<CatalogException>(() => _editor.SaveService(DukcapilSupervisor, polres with { StandardWaitMinutes = 5 }, polres));

        Assert.Equal(CatalogErrorCode.NotAllowed, error.Code);
        Assert.StartsWith("Anda tidak berwenang membuat perubahan ini.", error.Error.Describe(Indonesian), StringComparison.Ordinal);
        Assert.Equal(writes, _h.Store.Writes);
        Assert.Empty(_h.Store.Audit);
    }

    [Fact]
    public void SaveService_AgencySupervisorMovingOwnServiceToAnotherAgency_IsRefused()
    {
        var error = Assert.Throws<CatalogException>(() => _editor.SaveService(DukcapilSupervisor, ServiceA with { AgencyId = "polres" }, ServiceA));

        Assert.Equal(CatalogErrorCode.NotAllowed, error.Code);
        Assert.Equal("disdukcapil", _h.Engine.Catalog.Services["a"].AgencyId);
    }

    [Fact]
    public void SaveDesk_AgencySupervisorOtherAgencysDesk_IsRefused()
    {
        var desk = _h.Engine.Catalog.Desks["loket-04"];

        Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.SaveDesk(DukcapilSupervisor, desk with { Name = "Loket SKCK" }, desk)).Code);
    }

    [Fact]
    public void BuildingChanges_ByAgencySupervisorMppSupervisorOrOfficer_AreRefused()
    {
        var site = _h.Engine.Catalog.Site;
        foreach (var person in new[] { DukcapilSupervisor, MppSupervisor, Clerk })
        {
            Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.SaveSite(person, site with { Name = "MPP Lain" }, site)).Code);
            Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.SaveZone(person, new Zone { Id = "zona-3", Name = "Zona 3" }, null)).Code);
            Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.SaveAgency(person, new Agency { Id = "bank", Name = "Bank" }, null)).Code);
            Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.AddHoliday(person, new DateOnly(2026, 12, 25))).Code);
        }

        Assert.Equal("MPP Uji", _h.Engine.Catalog.Site.Name);
        Assert.Empty(_h.Engine.Catalog.Site.Holidays);
    }

    [Fact]
    public void SaveService_ByAnOfficerOrADisabledSupervisor_IsRefused()
    {
        _h.Store.SaveOfficer(MppSupervisor with { Active = false });

        Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.SaveService(Clerk, ServiceA with { NameEn = "x" }, ServiceA)).Code);
        Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.SaveService(MppSupervisor, ServiceA with { NameEn = "x" }, ServiceA)).Code);
    }

    [Fact]
    public void SaveAgency_CallerClaimsAdminButTheStoredAccountIsAnOfficer_IsRefused()
    {
        var forged = Clerk with { Role = OfficerRole.Admin, AgencyId = null };

        Assert.Equal(CatalogErrorCode.NotAllowed, Assert.Throws<CatalogException>(() => _editor.SaveAgency(forged, new Agency { Id = "bank", Name = "Bank" }, null)).Code);
    }

    [Fact]
    public void SaveService_MppSupervisorAnyAgency_IsAllowed()
    {
        var polres = _h.Engine.Catalog.Services["sk"];

        _editor.SaveService(MppSupervisor, polres with { StandardWaitMinutes = 45 }, polres);

        Assert.Equal(45, _h.Engine.Catalog.Services["sk"].StandardWaitMinutes);
    }

    [Fact]
    public void SaveDesk_DeactivatedWhileATicketIsAtTheDesk_IsRefused()
    {
        var ticket = _h.Issue();
        _h.SignIn("loket-01");
        _h.Engine.CallNext("loket-01", "o1");
        var desk = _h.Engine.Catalog.Desks["loket-01"];

        var error = Assert.Throws<CatalogException>(() => _editor.SaveDesk(Admin, desk with { Active = false }, desk));

        Assert.Equal(CatalogErrorCode.DeskHasTicket, error.Code);
        Assert.Equal($"Loket ini sedang menangani {ticket.Number}. Selesaikan dulu sebelum menonaktifkan loket atau melepas layanan nomor tersebut.", error.Error.Describe(Indonesian));
        Assert.True(_h.Engine.Catalog.Desks["loket-01"].Active);
    }

    [Fact]
    public void SaveDesk_DroppingTheServiceOfItsCurrentTicket_IsRefused_ButAddingOneIsFine()
    {
        _h.Issue();
        _h.SignIn("loket-02");
        _h.Engine.CallNext("loket-02", "o1");
        var desk = _h.Engine.Catalog.Desks["loket-02"];

        Assert.Equal(CatalogErrorCode.DeskHasTicket, Assert.Throws<CatalogException>(() => _editor.SaveDesk(Admin, desk with { ServiceIds = ["b"] }, desk)).Code);
        _editor.SaveDesk(Admin, desk with { ServiceIds = ["a", "b", "c"] }, desk);

        Assert.Equal(new[] { "a", "b", "c" }, _h.Engine.Catalog.Desks["loket-02"].ServiceIds.ToArray());
    }

    [Fact]
    public void AddHoliday_Today_ClosesIssuingButKeepsTodaysTickets()
    {
        var waiting = _h.Issue();

        _editor.AddHoliday(Admin, _h.Engine.Today);

        Assert.Equal(QueueErrorCode.ServiceClosedDay, Refused(() => _h.Engine.Issue(new IssueRequest("a"))).Code);
        Assert.Equal(TicketStatus.Waiting, _h.Engine.FindTicket(waiting.Id)!.Status);
        Assert.Equal(CatalogEditor.HolidayAddedAction, Assert.Single(_h.Store.Audit).Action);
        Assert.Equal("holidays:  → 2026-11-23", _h.Store.Audit[0].Detail);
    }

    [Fact]
    public void AddHoliday_Twice_IsRefused_AndRemoveUnknown_IsRefused()
    {
        var christmas = new DateOnly(2026, 12, 25);
        _editor.AddHoliday(Admin, christmas);

        Assert.Equal("Tanggal 2026-12-25 sudah menjadi hari libur.", Assert.Throws<CatalogException>(() => _editor.AddHoliday(Admin, christmas)).Error.Describe(Indonesian));
        Assert.Equal("Tanggal 2026-12-26 bukan hari libur.", Assert.Throws<CatalogException>(() => _editor.RemoveHoliday(Admin, christmas.AddDays(1))).Error.Describe(Indonesian));
        _editor.RemoveHoliday(Admin, christmas);
        Assert.Empty(_h.Engine.Catalog.Site.Holidays);
    }

    [Fact]
    public void SaveSite_KeepsHolidaysAddedMeanwhile()
    {
        var opened = _h.Engine.Catalog.Site;
        _editor.AddHoliday(Admin, new DateOnly(2026, 12, 25));

        _editor.SaveSite(Admin, opened with { RunningText = "Selamat datang" }, opened);

        Assert.Equal("Selamat datang", _h.Engine.Catalog.Site.RunningText);
        Assert.Contains(new DateOnly(2026, 12, 25), _h.Engine.Catalog.Site.Holidays);
    }

    [Fact]
    public void SaveService_Unknown_WithAnOriginal_IsNotFound()
    {
        var ghost = TestSite.Service("ghost", "G");

        Assert.Equal(CatalogErrorCode.NotFound, Assert.Throws<CatalogException>(() => _editor.SaveService(Admin, ghost, ghost)).Code);
    }
}
