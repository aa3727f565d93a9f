using Bunit;
using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

public class ServiceEditPageTests : AdminTestBase
{
    private IRenderedComponent<ServiceEditPage> Open(string serviceId, string officer = "admin")
    {
        SignedInAs(officer);
        return Render<ServiceEditPage>(p => p.Add(x => x.ServiceId, serviceId));
    }

    private static void Save(IRenderedComponent<ServiceEditPage> page) => page.Find("[data-testid='service-save']").Click();

    private static string ErrorOf(IRenderedComponent<ServiceEditPage> page, string field) =>
        page.Find($"[data-testid='error-{field}']").TextContent.Trim();

    private static void Hours(IRenderedComponent<ServiceEditPage> page, DayOfWeek day, string start, string end)
    {
        page.Find($"[data-testid='hours-row'][data-day='{day}'] input[data-testid='hours-start']").Enter(start);
        page.Find($"[data-testid='hours-row'][data-day='{day}'] input[data-testid='hours-end']").Enter(end);
    }

    private static IRenderedComponent<ServiceEditPage> FillNew(IRenderedComponent<ServiceEditPage> page, string prefix = "KP")
    {
        page.Find("input[data-testid='service-prefix']").Enter(prefix);
        page.Find("input[data-testid='service-name-id']").Enter("Kartu Pelajar");
        page.Find("input[data-testid='service-name-en']").Enter("Student card");
        return page;
    }

    [Fact]
    public void SaveNew_ValidService_IsIssuableAtOnceAndTheAddressNamesIt()
    {
        var page = FillNew(Open(ConfigRoutesNew));

        Save(page);

        var ticket = Engine.Issue(new IssueRequest("student-card"));
        Assert.Equal("KP001", ticket.Number.ToString());
        Assert.EndsWith("/admin/services/student-card", Address, StringComparison.Ordinal);
        Assert.Equal("Kartu Pelajar tersimpan dan langsung berlaku.", page.Find("[data-testid='form-saved']").TextContent.Trim());
        Assert.Equal("admin", Assert.Single(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Action == "config.service.create").ActorId);
    }

    [Fact]
    public void SaveNew_ClickedTwice_CreatesOneService()
    {
        var page = FillNew(Open(ConfigRoutesNew));
        var before = Engine.Catalog.Services.Count;

        Save(page);
        Save(page);

        Assert.Equal(before + 1, Engine.Catalog.Services.Count);
        Assert.Single(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Subject == "student-card");
    }

    [Theory]
    [InlineData("A", "Awalan nomor A sudah dipakai layanan KTP-el (Kartu Tanda Penduduk Elektronik).")]
    [InlineData("1X", "Awalan nomor harus 1–3 huruf kapital atau angka dan diawali huruf (contoh: A, SK, P2): 1X")]
    [InlineData("", "Awalan nomor wajib diisi.")]
    public void SaveNew_BadPrefix_ShowsTheMessageUnderThePrefix(string prefix, string message)
    {
        var page = FillNew(Open(ConfigRoutesNew), prefix);
        var before = Engine.Catalog.Services.Count;

        Save(page);

        Assert.Equal(message, ErrorOf(page, "prefix"));
        Assert.Equal(before, Engine.Catalog.Services.Count);
    }

    [Theory]
    [InlineData("service-name-id", "", "nameId", "Nama (Indonesia) wajib diisi.")]
    [InlineData("service-name-en", "<b>x</b>", "nameEn", "Nama (Inggris) tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    public void Save_BadName_ShowsTheMessageUnderThatName(string input, string value, string field, string message)
    {
        var page = Open("ktp-el");

        page.Find($"input[data-testid='{input}']").Enter(value);
        Save(page);

        Assert.Equal(message, ErrorOf(page, field));
    }

    [Fact]
    public void Save_NameTooLong_SaysTheLimit()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-name-id']").Enter(new string('K', 101));
        Save(page);

        Assert.Equal("Nama (Indonesia) terlalu panjang (maksimal 100 karakter).", ErrorOf(page, "nameId"));
    }

    [Fact]
    public void Save_RequirementsWithMarkup_IsRefusedUnderTheRequirements()
    {
        var page = Open("ktp-el");

        page.FindAll("input[data-testid='standard-requirement-id']")[0].Enter("KK asli <img src=x>");
        Save(page);

        Assert.Equal("Persyaratan tidak boleh berisi tanda < atau > atau karakter kontrol.", ErrorOf(page, "standard.requirements"));
    }

    [Fact]
    public void Save_StandardFilledAndReordered_IsStoredAndTheKioskTextFollows()
    {
        var page = Open("ktp-el");
        var before = Engine.Catalog.Services["ktp-el"].Standard.Requirements;

        page.Find("[data-testid='standard-requirement-add']").Click();
        page.FindAll("input[data-testid='standard-requirement-id']")[^1].Enter("Pas foto 3x4");
        page.FindAll("[data-testid='standard-requirement-up']")[^1].Click();
        page.Find("input[data-testid='standard-time-id']").Enter("Hari yang sama");
        page.Find("input[data-testid='standard-phone']").Enter("(0761) 555-0199");
        Save(page);

        var saved = Engine.Catalog.Services["ktp-el"];
        Assert.Equal([.. before.Take(before.Length - 1).Select(l => l.Id), "Pas foto 3x4", before[^1].Id], saved.Standard.Requirements.Select(l => l.Id));
        Assert.Contains("Pas foto 3x4; " + before[^1].Id, saved.RequirementsId, StringComparison.Ordinal);
        Assert.Equal(("Hari yang sama", "(0761) 555-0199"), (saved.Standard.TimeToCompleteId, saved.Standard.ComplaintPhone));
    }

    [Fact]
    public void Save_HoursEndingBeforeTheyStart_AreRefusedOnThatDay()
    {
        var page = Open("ktp-el");

        Hours(page, DayOfWeek.Monday, "16:00", "08:00");
        Save(page);

        Assert.Equal("Jam buka Senin: jam tutup (08:00) harus setelah jam buka (16:00).", ErrorOf(page, "hours.Monday"));
        Assert.Equal(new TimeOnly(7, 30), Engine.Catalog.Services["ktp-el"].Hours.For(DayOfWeek.Monday)!.Start);
    }

    [Fact]
    public void Save_OpenDayWithoutTimes_SaysTheTimeIsRequired()
    {
        var page = Open("ktp-el");

        Hours(page, DayOfWeek.Tuesday, "", "");
        Save(page);

        Assert.Equal("Jam buka Selasa wajib diisi.", ErrorOf(page, "hours.Tuesday"));
    }

    [Fact]
    public void Save_NoDayOpen_IsRefused()
    {
        var page = Open("ktp-el");

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            page.Find($"[data-testid='hours-row'][data-day='{day}'] input[type='checkbox']").Change(false);
        }

        Save(page);

        Assert.Equal("Layanan harus buka minimal satu hari dalam seminggu.", ErrorOf(page, "hours"));
    }

    [Fact]
    public void Save_FridayBreakOutsideFridayHours_IsRefused()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-friday-start']").Enter("15:30");
        page.Find("input[data-testid='service-friday-end']").Enter("17:00");
        Save(page);

        Assert.Equal("Istirahat Jumat harus berada di dalam jam buka hari Jumat (07:30-16:00).", ErrorOf(page, "fridayBreak"));
    }

    [Fact]
    public void Save_FridayBreakEndingBeforeItStarts_IsRefused()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-friday-start']").Enter("13:00");
        page.Find("input[data-testid='service-friday-end']").Enter("11:30");
        Save(page);

        Assert.Equal("Istirahat Jumat: jam tutup (11:30) harus setelah jam buka (13:00).", ErrorOf(page, "fridayBreak"));
    }

    [Fact]
    public void Save_CutOffBeforeOpening_IsRefused()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-cutoff']").Enter("07:00");
        Save(page);

        Assert.Equal("Batas pengambilan nomor (07:00) harus setelah jam buka paling awal (07:30).", ErrorOf(page, "cutOff"));
    }

    [Fact]
    public void Save_QuotaBelowWhatIsIssuedToday_IsRefusedWithTheCount()
    {
        for (var i = 0; i < 3; i++)
        {
            Engine.Issue(new IssueRequest("kartu-keluarga"));
        }

        var page = Open("kartu-keluarga");
        page.Find("input[data-testid='service-quota-total']").Enter("2");
        page.Find("input[data-testid='service-quota-walkin']").Enter("");
        page.Find("input[data-testid='service-quota-online']").Enter("");
        page.Find("input[data-testid='service-quota-priority']").Enter("");
        Save(page);

        Assert.Equal("Kuota harian (2) tidak boleh kurang dari nomor yang sudah diambil hari ini (3).", ErrorOf(page, "quota.total"));
        Assert.Equal(150, Engine.Catalog.Services["kartu-keluarga"].Quota.Total);
        Assert.Contains("3", page.Find("[data-testid='service-issued']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_QuotaPartAboveTotal_IsRefusedOnThatPart()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-quota-online']").Enter("500");
        Save(page);

        Assert.Equal("Kuota online (500) tidak boleh melebihi kuota total (200).", ErrorOf(page, "quota.online"));
    }

    [Fact]
    public void Save_QuotaZero_SaysTheRange()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-quota-total']").Enter("0");
        Save(page);

        Assert.Equal("Kuota harian harus antara 1 dan 9999.", ErrorOf(page, "quota.total"));
    }

    [Theory]
    [InlineData("service-standard-wait", "0", "standardWaitMinutes", "Standar waktu tunggu (menit) harus antara 1 dan 600.")]
    [InlineData("service-standard-service", "601", "standardServiceMinutes", "Standar waktu layanan (menit) harus antara 1 dan 600.")]
    [InlineData("service-sort", "-1", "sortOrder", "Urutan harus antara 0 dan 999.")]
    [InlineData("service-standard-queue", "0", "standardQueueLength", "Standar panjang antrean (orang) harus antara 1 dan 999.")]
    [InlineData("service-standard-queue", "1000", "standardQueueLength", "Standar panjang antrean (orang) harus antara 1 dan 999.")]
    public void Save_MinutesOutOfRange_ShowTheRange(string input, string value, string field, string message)
    {
        var page = Open("ktp-el");

        page.Find($"input[data-testid='{input}']").Enter(value);
        Save(page);

        Assert.Equal(message, ErrorOf(page, field));
    }

    [Fact]
    public void Save_QueueLengthStandardSetThenCleared_IsStoredAndAudited()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-standard-queue']").Change("25");
        Save(page);

        Assert.Equal(25, Engine.Catalog.Services["ktp-el"].StandardQueueLength);
        page.Find("input[data-testid='service-standard-queue']").Change(string.Empty);
        Save(page);

        Assert.Null(Engine.Catalog.Services["ktp-el"].StandardQueueLength);
        Assert.Equal(
            ["standardQueueLength:  → 25", "standardQueueLength: 25 → "],
            Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Where(e => e.Action == "config.service.update").Select(e => e.Detail));
    }

    [Fact]
    public void AddClosedDate_Malformed_IsRefused_AndAValidOneIsSaved()
    {
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-closed-date']").Enter("2150-01-01");
        page.Find("[data-testid='service-closed-add']").Click();
        Assert.Equal("Tanggal tutup: tanggal 2150-01-01 harus antara tahun 2000 dan 2100.", ErrorOf(page, "closedDates"));

        page.Find("input[data-testid='service-closed-date']").Enter("2026-12-31");
        page.Find("[data-testid='service-closed-add']").Click();
        Save(page);

        Assert.Contains(new DateOnly(2026, 12, 31), Engine.Catalog.Services["ktp-el"].ClosedDates);
    }

    [Fact]
    public void Save_NewPrefixWithTicketsIssued_KeepsThoseTicketsAndNumbersOnWithTheNewOne()
    {
        var issued = Engine.Issue(new IssueRequest("ktp-el"));
        var page = Open("ktp-el");

        page.Find("input[data-testid='service-prefix']").Enter("KT");
        Save(page);

        Assert.Equal("A001", Engine.FindTicket(issued.Id)!.Number.ToString());
        Assert.Equal("KT001", Engine.Issue(new IssueRequest("ktp-el")).Number.ToString());
    }

    [Fact]
    public void Open_AgencySupervisorOtherAgencysService_ShowsARefusalNotTheForm()
    {
        var page = Open("paspor", "supervisor-disdukcapil");

        Assert.Empty(page.FindAll("[data-testid='service-form']"));
        Assert.Equal("Data ini milik instansi lain. Anda hanya dapat mengatur layanan dan loket instansi Anda sendiri.", page.Find("[data-testid='config-refused']").TextContent.Trim());
    }

    [Fact]
    public void Open_AgencySupervisorOwnService_ShowsTheForm()
    {
        var page = Open("ktp-el", "supervisor-disdukcapil");

        page.Find("input[data-testid='service-standard-wait']").Enter("25");
        Save(page);

        Assert.Equal(25, Engine.Catalog.Services["ktp-el"].StandardWaitMinutes);
    }

    [Fact]
    public void Open_UnknownService_SaysItIsNotFound()
    {
        var page = Open("tidak-ada");

        Assert.Equal("Layanan ini tidak ditemukan.", page.Find("[data-testid='config-refused']").TextContent.Trim());
    }

    [Fact]
    public void Save_InEnglish_ShowsTheMessageInEnglish()
    {
        UseCulture("en");
        var page = Open("ktp-el");

        Hours(page, DayOfWeek.Monday, "16:00", "08:00");
        Save(page);

        Assert.Equal("Opening hours Monday: the closing time (08:00) must be after the opening time (16:00).", ErrorOf(page, "hours.Monday"));
    }

    private const string ConfigRoutesNew = "new";
}
