using System.Collections.Immutable;
using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

public class CatalogRulesTests
{
    private readonly EngineHarness _h = new();

    public CatalogRulesTests()
    {
        Admin = _h.Officer("admin", null, OfficerRole.Admin);
    }

    private Officer Admin { get; }

    private CatalogEditor Editor => new(_h.Store, _h.Engine, _h.Clock);

    [Theory]
    [InlineData("", CatalogErrorCode.Required, "Nama wajib diisi.")]
    [InlineData("   ", CatalogErrorCode.Required, "Nama wajib diisi.")]
    [InlineData("<script>alert('x')</script>", CatalogErrorCode.HasMarkup, "Nama tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    [InlineData("Disdukcapil<b>", CatalogErrorCode.HasMarkup, "Nama tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    [InlineData("Tab\tname", CatalogErrorCode.HasMarkup, "Nama tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    public void SaveAgency_BadName_IsRefusedAndNothingIsStored(string name, CatalogErrorCode code, string message)
    {
        var writes = _h.Store.Writes;

        var error = Refuse(() => Editor.SaveAgency(Admin, new Agency { Id = "baru", Name = name }, null));

        Assert.Equal(code, error.Code);
        Assert.Equal("name", error.Field);
        Assert.Equal(message, error.Error.Describe(Indonesian));
        Assert.Equal(writes, _h.Store.Writes);
        Assert.False(_h.Engine.Catalog.Agencies.ContainsKey("baru"));
    }

    [Fact]
    public void SaveZone_OverLongName_IsRefusedWithTheLimitAndNoEcho()
    {
        var error = Refuse(() => Editor.SaveZone(Admin, new Zone { Id = "zona-9", Name = new string('Z', 10_000) }, null));

        Assert.Equal(CatalogErrorCode.TooLong, error.Code);
        Assert.Equal("Nama terlalu panjang (maksimal 100 karakter).", error.Error.Describe(Indonesian));
        Assert.Equal("Name is too long (at most 100 characters).", error.Message);
    }

    [Fact]
    public void Validate_ServiceNameTooLongInEnglish_NamesTheEnglishField()
    {
        var error = Refuse(() => CatalogRules.Validate(TestSite.Service("baru", "N") with { NameEn = new string('x', 101) }, _h.Engine.Catalog));

        Assert.Equal("nameEn", error.Field);
        Assert.Equal("Nama (Inggris) terlalu panjang (maksimal 100 karakter).", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void SaveService_PrefixAlreadyUsed_IsRefusedNamingTheOtherService()
    {
        var error = Refuse(() => Editor.SaveService(Admin, TestSite.Service("baru", "sk"), null));

        Assert.Equal(CatalogErrorCode.DuplicatePrefix, error.Code);
        Assert.Equal("prefix", error.Field);
        Assert.Equal("Awalan nomor SK sudah dipakai layanan Layanan SK.", error.Error.Describe(Indonesian));
        Assert.Equal("Ticket prefix SK is already used by Layanan SK.", error.Error.Describe(English));
    }

    [Theory]
    [InlineData("1A")]
    [InlineData("ABCD")]
    [InlineData("A-")]
    [InlineData("<b>")]
    public void Prefix_Malformed_IsRefused(string prefix)
    {
        var error = Refuse(() => CatalogRules.Prefix(prefix));

        Assert.Equal(CatalogErrorCode.InvalidPrefix, error.Code);
        Assert.StartsWith("Awalan nomor harus 1–3 huruf kapital atau angka", error.Error.Describe(Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Prefix_EmptyOrLowercase_IsRequiredOrRaised()
    {
        Assert.Equal(CatalogErrorCode.Required, Refuse(() => CatalogRules.Prefix(" ")).Code);
        Assert.Equal("SK2", CatalogRules.Prefix(" sk2 "));
    }

    [Theory]
    [InlineData("nowhere", "zona-1", "agency", "Instansi tidak dikenal: nowhere")]
    [InlineData("disdukcapil", "lantai-9", "zone", "Zona tidak dikenal: lantai-9")]
    public void SaveService_UnknownAgencyOrZone_IsRefused(string agency, string zone, string field, string message)
    {
        var error = Refuse(() => Editor.SaveService(Admin, TestSite.Service("baru", "N", agency: agency) with { ZoneId = zone }, null));

        Assert.Equal(CatalogErrorCode.UnknownReference, error.Code);
        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Error.Describe(Indonesian));
    }

    [Theory]
    [InlineData(16, 0, 8, 0)]
    [InlineData(8, 0, 8, 0)]
    public void Hours_EndNotAfterStart_IsRefusedNamingTheDay(int startHour, int startMinute, int endHour, int endMinute)
    {
        var error = Refuse(() => CatalogRules.Hours("hours.Monday", new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute)));

        Assert.Equal(CatalogErrorCode.HoursEndBeforeStart, error.Code);
        Assert.Equal($"Jam buka Senin: jam tutup ({endHour:D2}:00) harus setelah jam buka ({startHour:D2}:00).", error.Error.Describe(Indonesian));
        Assert.Equal($"Opening hours Monday: the closing time ({endHour:D2}:00) must be after the opening time ({startHour:D2}:00).", error.Error.Describe(English));
    }

    [Fact]
    public void Validate_ServiceWithoutAnyOpenDay_IsRefused()
    {
        var closed = TestSite.Service("baru", "N") with { Hours = new WeeklySchedule(ImmutableDictionary<DayOfWeek, TimeRange>.Empty) };

        var error = Refuse(() => CatalogRules.Validate(closed, _h.Engine.Catalog));

        Assert.Equal(CatalogErrorCode.NoOpeningHours, error.Code);
        Assert.Equal("Layanan harus buka minimal satu hari dalam seminggu.", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void Validate_FridayBreakOutsideFridayHours_IsRefused()
    {
        var late = TestSite.Service("baru", "N") with { FridayBreak = new TimeRange(new TimeOnly(15, 0), new TimeOnly(17, 0)) };

        var error = Refuse(() => CatalogRules.Validate(late, _h.Engine.Catalog));

        Assert.Equal(CatalogErrorCode.FridayBreakOutsideHours, error.Code);
        Assert.Equal("Istirahat Jumat harus berada di dalam jam buka hari Jumat (07:30-16:00).", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void Validate_CutOffBeforeOpening_IsRefused()
    {
        var early = TestSite.Service("baru", "N") with { CutOff = new TimeOnly(7, 0) };

        var error = Refuse(() => CatalogRules.Validate(early, _h.Engine.Catalog));

        Assert.Equal(CatalogErrorCode.CutOffOutsideHours, error.Code);
        Assert.Equal("Batas pengambilan nomor (07:00) harus setelah jam buka paling awal (07:30).", error.Error.Describe(Indonesian));
    }

    [Theory]
    [InlineData(10, 11, null, null, "quota.walkIn", "Kuota datang langsung (11) tidak boleh melebihi kuota total (10).")]
    [InlineData(10, null, 12, null, "quota.online", "Kuota online (12) tidak boleh melebihi kuota total (10).")]
    [InlineData(10, null, null, 20, "quota.priority", "Kuota prioritas (20) tidak boleh melebihi kuota total (10).")]
    public void Quota_PartAboveTotal_IsRefusedOnThatPart(int total, int? walkIn, int? online, int? priority, string field, string message)
    {
        var error = Refuse(() => CatalogRules.Quota(total, walkIn, online, priority));

        Assert.Equal(CatalogErrorCode.QuotaPartAboveTotal, error.Code);
        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Error.Describe(Indonesian));
    }

    [Fact]
    public void Quota_ZeroOrNegative_IsOutOfRange()
    {
        Assert.Equal("Kuota harian harus antara 1 dan 9999.", Refuse(() => CatalogRules.Quota(0, null, null, null)).Error.Describe(Indonesian));
        Assert.Equal(CatalogErrorCode.OutOfRange, Refuse(() => CatalogRules.Quota(10, -1, null, null)).Code);
    }

    [Fact]
    public void Policy_RatioOrAgeingOutOfRange_IsRefused()
    {
        Assert.Equal("Nilai kebijakan prioritas harus antara 1 dan 100.", Refuse(() => CatalogRules.Policy(PriorityPolicyKind.Ratio, 0)).Error.Describe(Indonesian));
        Assert.Equal(CatalogErrorCode.OutOfRange, Refuse(() => CatalogRules.Policy(PriorityPolicyKind.Ageing, 601)).Code);
        Assert.Equal(PriorityPolicy.Ageing(15), CatalogRules.Policy(PriorityPolicyKind.Ageing, 15));
    }

    [Fact]
    public void SaveDesk_WithoutService_OrWithATakenNumber_OrUnknownZone_IsRefused()
    {
        var bare = Refuse(() => Editor.SaveDesk(Admin, TestSite.Desk(9, "a") with { ServiceIds = [] }, null));
        var taken = Refuse(() => Editor.SaveDesk(Admin, TestSite.Desk(1, "a") with { Id = "loket-baru" }, null));
        var ghost = Refuse(() => Editor.SaveDesk(Admin, TestSite.Desk(9, "ghost"), null));

        Assert.Equal("Loket harus melayani minimal satu layanan.", bare.Error.Describe(Indonesian));
        Assert.Equal("Nomor loket 1 sudah dipakai (Loket 1).", taken.Error.Describe(Indonesian));
        Assert.Equal("Layanan tidak dikenal: ghost", ghost.Error.Describe(Indonesian));
    }

    [Fact]
    public void SaveDesk_ServiceOfAnotherAgency_IsRefused()
    {
        var mixed = TestSite.Desk(9, "a", "sk") with { AgencyId = "disdukcapil" };

        var error = Refuse(() => Editor.SaveDesk(Admin, mixed, null));

        Assert.Equal(CatalogErrorCode.DeskServiceOfOtherAgency, error.Code);
        Assert.Equal("Layanan Layanan SK milik instansi lain; loket hanya melayani layanan instansinya sendiri.", error.Error.Describe(Indonesian));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("Europe/London")]
    [InlineData("")]
    public void SaveSite_TimeZoneOutsideIndonesia_IsRefused(string zone)
    {
        var site = _h.Engine.Catalog.Site;

        var error = Refuse(() => Editor.SaveSite(Admin, site with { TimeZoneId = zone }, site));

        Assert.Equal(CatalogErrorCode.UnknownTimeZone, error.Code);
        Assert.Equal("Zona waktu harus WIB (Asia/Jakarta), WITA (Asia/Makassar) atau WIT (Asia/Jayapura).", error.Error.Describe(Indonesian));
        Assert.Equal("Asia/Jakarta", _h.Store.LoadCatalog()!.Site.TimeZoneId);
    }

    [Theory]
    [InlineData(0, "postponePlaces", "Jumlah mundur antrian harus antara 1 dan 50.")]
    [InlineData(51, "postponePlaces", "Jumlah mundur antrian harus antara 1 dan 50.")]
    public void SaveSite_PostponePlacesOutOfRange_IsRefused(int places, string field, string message)
    {
        var site = _h.Engine.Catalog.Site;

        var error = Refuse(() => Editor.SaveSite(Admin, site with { PostponePlaces = places }, site));

        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Error.Describe(Indonesian));
    }

    [Fact]
    public void Date_OutsideTheCenturies_IsRefused()
    {
        var error = Refuse(() => CatalogRules.Date("holiday", new DateOnly(1900, 1, 1)));

        Assert.Equal("Hari libur: tanggal 1900-01-01 harus antara tahun 2000 dan 2100.", error.Error.Describe(Indonesian));
    }

    [Theory]
    [InlineData("Zona 3 — Lantai 3", "zona-3-lantai-3")]
    [InlineData("Zona 1", "zona-1-2")]
    [InlineData("<<>>", "baru")]
    [InlineData("", "baru")]
    public void SuggestId_FromName_IsAValidUnusedId(string name, string expected)
    {
        var id = CatalogRules.SuggestId(name, ["zona-1"]);

        Assert.Equal(expected, id);
        Assert.Equal(id, CatalogRules.Id("id", id));
    }

    [Fact]
    public void SuggestId_VeryLongName_StaysWithinTheLimit()
    {
        var id = CatalogRules.SuggestId(new string('a', 500), [new string('a', 36)]);

        Assert.True(id.Length <= CatalogRules.MaxIdLength, id);
        Assert.Equal(id, CatalogRules.Id("id", id));
    }

    [Fact]
    public void SeedIfEmpty_SecondTime_DoesNothing()
    {
        var writes = _h.Store.Writes;

        Assert.False(CatalogEditor.SeedIfEmpty(_h.Store, TestSite.Build()));
        Assert.Equal(writes, _h.Store.Writes);
    }

    [Theory]
    [InlineData("Asia/Jakarta")]
    [InlineData("Asia/Makassar")]
    [InlineData("Asia/Jayapura")]
    public void SiteClock_IndonesianZones_AreKnown(string zone)
    {
        Assert.True(SiteClock.IsKnownZone(zone));
        Assert.Contains(zone, CatalogRules.TimeZones);
    }

    private static CatalogException Refuse(Action action) => Assert.Throws<CatalogException>(action);

    private static CatalogException Refuse(Func<object> action) => Assert.Throws<CatalogException>(() => { action(); });
}
