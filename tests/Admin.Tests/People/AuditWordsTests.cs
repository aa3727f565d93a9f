using System.Globalization;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.People;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.People;

/// <summary>The audit log in words: every action code has a text in both languages, and real entries read without codes.</summary>
public class AuditWordsTests : AdminTestBase
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void EveryActionCode_HasWordsInIndonesianAndEnglish()
    {
        Assert.True(AuditCodes.All.Count > 40, "only " + AuditCodes.All.Count + " codes were found");
        Assert.Equal([], Missing(AuditCodes.All.Select(c => "Action_" + c)));
    }

    [Fact]
    public void EveryConfigurationField_HasALabelInIndonesianAndEnglish()
    {
        Assert.Contains("standard.procedure", ConfigChangeWords.Fields);
        Assert.Equal([], Missing(ConfigChangeWords.Fields.Select(f => "Field_" + f)));
    }

    [Fact]
    public void Load_DeskPausedForPrayerAndTakenOver_ReadsInWordsWithTheDeskAndAgency()
    {
        var rina = Store.LoadOfficers().Single(o => o.Id == "petugas-disdukcapil");
        Engine.SignInToDesk("loket-01", rina);
        Engine.PauseDesk("loket-01", PauseReason.Prayer, officerId: rina.Id);
        Engine.ResumeDesk("loket-01", rina.Id);
        Engine.PauseDesk("loket-01", PauseReason.Other, "rapat koordinasi", rina.Id);
        var wahyu = Store.LoadOfficers().Single(o => o.Id == "supervisor-disdukcapil");
        Engine.SignInToDesk("loket-01", wahyu, takeOver: true);

        var rows = Rows();

        Assert.Equal(
            [
                ("Wahyu Hidayat", "Petugas masuk ke loket", "Loket 1 · Disdukcapil", "Mengambil alih loket dari Rina Wulandari"),
                ("Rina Wulandari", "Loket dijeda", "Loket 1 · Disdukcapil", "Alasan: lainnya — rapat koordinasi"),
                ("Rina Wulandari", "Loket dibuka lagi setelah jeda", "Loket 1 · Disdukcapil", string.Empty),
                ("Rina Wulandari", "Loket dijeda", "Loket 1 · Disdukcapil", "Alasan: sholat"),
                ("Rina Wulandari", "Petugas masuk ke loket", "Loket 1 · Disdukcapil", string.Empty),
            ],
            rows.Select(r => (r.ActorName, r.ActionText, r.SubjectName, string.Join(" | ", r.Detail))));
    }

    [Fact]
    public void Load_ConfigurationChanges_NameEachFieldAndItsValuesInWords()
    {
        var admin = Store.LoadOfficers().Single(o => o.Id == "admin");
        var editor = Services.GetRequiredService<CatalogEditor>();
        var desk = Engine.Catalog.Desks["loket-03"];
        editor.SaveDesk(admin, desk with { Active = false, ServiceIds = ["ktp-el"] }, desk);
        var service = Engine.Catalog.Services["ktp-el"];
        editor.SaveService(admin, service with { Quota = new DailyQuota(300, walkIn: 200), Policy = PriorityPolicy.Ratio(3), CutOff = new TimeOnly(15, 0) }, service);
        editor.AddHoliday(admin, new DateOnly(2026, 12, 25));

        var rows = Rows();

        var holiday = rows[0];
        Assert.Equal(("Hari libur ditambahkan", "25 Des 2026"), (holiday.ActionText, holiday.SubjectName));
        Assert.Empty(holiday.Detail);
        var changed = rows[1];
        Assert.Equal("Layanan diubah", changed.ActionText);
        Assert.StartsWith("KTP-el", changed.SubjectName, StringComparison.Ordinal);
        Assert.EndsWith(" · Disdukcapil", changed.SubjectName, StringComparison.Ordinal);
        Assert.Contains(changed.Detail, l => l.StartsWith("Kuota: ", StringComparison.Ordinal) && l.EndsWith("→ 300 per hari (datang langsung 200)", StringComparison.Ordinal));
        Assert.Contains(changed.Detail, l => l.StartsWith("Kebijakan prioritas: ", StringComparison.Ordinal) && l.EndsWith("→ satu prioritas setiap 3 nomor biasa", StringComparison.Ordinal));
        Assert.Contains(changed.Detail, l => l.StartsWith("Batas pengambilan nomor: ", StringComparison.Ordinal) && l.EndsWith("→ 15.00", StringComparison.Ordinal));
        var deskRow = rows[2];
        Assert.Equal(("Loket diubah", "Loket 3 · Disdukcapil"), (deskRow.ActionText, deskRow.SubjectName));
        Assert.Contains("Aktif: ya → tidak", deskRow.Detail);
        Assert.Contains(deskRow.Detail, l => l.StartsWith("Layanan yang dilayani: KTP-el", StringComparison.Ordinal) && l.Contains("Kartu Keluarga", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_InEnglish_ReadsInEnglish()
    {
        UseCulture("en");
        var rina = Store.LoadOfficers().Single(o => o.Id == "petugas-disdukcapil");
        Engine.SignInToDesk("loket-01", rina);
        Engine.PauseDesk("loket-01", PauseReason.Break, officerId: rina.Id);
        var admin = Store.LoadOfficers().Single(o => o.Id == "admin");
        var desk = Engine.Catalog.Desks["loket-02"];
        Services.GetRequiredService<CatalogEditor>().SaveDesk(admin, desk with { Active = false }, desk);

        var rows = Rows();

        Assert.Equal(("Desk changed", "Counter 2 · Disdukcapil", "Active: yes → no"), (rows[0].ActionText, rows[0].SubjectName, rows[0].Detail.Single()));
        Assert.Equal(("Desk paused", "Reason: break"), (rows[1].ActionText, rows[1].Detail.Single()));
    }

    [Fact]
    public void Load_EntriesWrittenBeforeTheWordsExisted_StillReadInWords()
    {
        // Written as the engine and editor wrote them: an old booking record's ToString, the holidays' whole list.
        var at = Time.GetUtcNow().AddMinutes(-1);
        Store.AppendAudit(new AuditEntry("a1", at, "admin", "config.service.update", "ktp-el",
            "booking: BookingRules { Open = False, DaysAhead = 14, DayBeforeUntil = 16:00, Sessions = System.Collections.Immutable.ImmutableArray`1[MppQueue.Core.BookingSession], RequiresNik = False… → BookingRules { Open = True, DaysAhead = 7, DayBeforeUntil = 15:00, Sessions = System.Collections.Immutable.ImmutableArray`1[MppQueue.Core.BookingSession], RequiresNik = True, CheckInMinutesBefore = 30, CheckInMinutesAfter = 15, Join = Back, Capacity = 20 }"));
        Store.AppendAudit(new AuditEntry("a2", at.AddSeconds(1), "admin", AuditCodes.HolidaysChanged, "2026-12-25", "holidays:  → 2026-12-25"));
        Store.AppendAudit(new AuditEntry("a3", at.AddSeconds(2), "admin", "config.agency.update", "samsat", "active: True → False; noticeChannels: WebPush, WhatsApp, Sms → WhatsApp, Sms"));

        var rows = Rows();

        Assert.Equal(["Aktif: ya → tidak", "Urutan saluran pemberitahuan: Web Push, WhatsApp, SMS → WhatsApp, SMS"], rows[0].Detail);
        Assert.Equal(("Hari libur diubah", "25 Des 2026"), (rows[1].ActionText, rows[1].SubjectName));
        Assert.Equal(
            "Booking: tidak menerima booking… → menerima booking, 7 hari ke depan, ditutup pukul 15.00 sehari sebelumnya, wajib NIK, check-in 30 menit sebelum sampai 15 menit setelah sesi mulai, masuk antrian di belakang",
            rows[2].Detail.Single());
    }

    [Fact]
    public void Load_ABookingRuleShortenedInTheLog_LeavesOutItsCutLastSessionInsteadOfMisreadingIt()
    {
        Store.AppendAudit(new AuditEntry("b1", Time.GetUtcNow().AddMinutes(-1), "admin", "config.service.update", "skck",
            "booking: closed, 14 days, until 16:00, NIK no, check-in 30/30, Back, no sessions → open, 14 days, until 16:00, NIK yes, check-in 30/30, Back, 08:00-09:00 x10 09:00-10:00 x1…"));

        var line = Rows().Single().Detail.Single();

        Assert.EndsWith("→ menerima booking, 14 hari ke depan, ditutup pukul 16.00 sehari sebelumnya, wajib NIK, check-in 30 menit sebelum sampai 30 menit setelah sesi mulai, masuk antrian di belakang, 08.00–09.00 (10 tempat)…", line, StringComparison.Ordinal);
        Assert.StartsWith("Booking: tidak menerima booking →", line, StringComparison.Ordinal);
    }

    // A key without its own text in a language (a missing English text would otherwise fall back to Indonesian).
    private static List<string> Missing(IEnumerable<string> keys) =>
        [.. keys.SelectMany(k => new[] { Indonesian, English }
            .Where(c => string.IsNullOrWhiteSpace(AuditText.ResourceManager.GetResourceSet(c, createIfNotExists: true, tryParents: false)?.GetString(k)))
            .Select(c => k + " (" + c.Name + ")"))];

    private IReadOnlyList<AuditRow> Rows()
    {
        var admin = Store.LoadOfficers().Single(o => o.Id == "admin");
        return Services.GetRequiredService<AuditLog>().Load(admin, Engine.Today, Engine.Today).Rows;
    }
}
