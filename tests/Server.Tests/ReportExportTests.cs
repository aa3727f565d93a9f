using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The report downloads over HTTP, tried by nobody, by an officer, by an agency supervisor and by the MPP's
/// supervisor, over tickets the engine issued and served today (Monday 23 November 2026). The tests only read: they
/// share one started server with the tickets of <see cref="Served"/> and one with those of <see cref="ServedByImigrasi"/>.
/// </summary>
public class ReportExportTests(ReportExportTests.ServedHost served, ReportExportTests.ImigrasiHost imigrasi)
    : IClassFixture<ReportExportTests.ServedHost>, IClassFixture<ReportExportTests.ImigrasiHost>
{
    private const string Csv = "/reports/export.csv?period=Today";
    private const string Xlsx = "/reports/export.xlsx?period=Today";

    /// <summary>The server with the tickets of <see cref="Served"/>.</summary>
    public sealed class ServedHost : SharedHost
    {
        public ServedHost() => Served(Factory);
    }

    /// <summary>The server with the tickets of <see cref="ServedByImigrasi"/>, their survey answers included.</summary>
    public sealed class ImigrasiHost : SharedHost
    {
        public ImigrasiHost() => (Officer, Desk) = ServedByImigrasi(Factory, answered: true);

        public Officer Officer { get; }

        public Desk Desk { get; }
    }

    /// <summary>One KTP-el ticket (Disdukcapil) and two Paspor tickets (Imigrasi) served today.</summary>
    private static void Served(MppQueueFactory factory)
    {
        foreach (var serviceId in new[] { "ktp-el", "paspor", "paspor" })
        {
            var (ticket, desk) = factory.IssueAndCall(serviceId);
            factory.Engine.Finish(desk.Id, ticket.Id);
        }
    }

    private static async Task<string> CsvTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    private static async Task<XLWorkbook> WorkbookAsync(HttpResponseMessage response) =>
        new(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

    /// <summary>The value beside an item of the summary sheet.</summary>
    private static double Summary(XLWorkbook workbook, string item) =>
        workbook.Worksheet("Ringkasan").RowsUsed().Single(r => r.Cell(1).GetString() == item).Cell(2).GetDouble();

    [Fact]
    public async Task Get_Downloads_MppSupervisor_FindsTheServedTickets()
    {
        var factory = served.Factory;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        using var csv = await supervisor.GetAsync(Csv);
        using var xlsx = await supervisor.GetAsync(Xlsx);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("laporan-2026-11-23-2026-11-23.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("no-store", csv.Headers.CacheControl?.ToString());
        var text = await CsvTextAsync(csv);
        Assert.Contains("\"Tiket diambil\";3\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Dilayani\";3\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"P – Paspor (Baru dan Penggantian)\";2;2;0;0;0;0;", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("laporan-2026-11-23-2026-11-23.xlsx", xlsx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var workbook = await WorkbookAsync(xlsx);
        Assert.Equal(3, Summary(workbook, "Tiket diambil"));
        Assert.Equal(3, Summary(workbook, "Dilayani"));
        var services = workbook.Worksheet("Per layanan").RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(3).GetDouble());
        Assert.Equal(2, services["P – Paspor (Baru dan Penggantian)"]);
        Assert.Equal(1, services.Single(s => s.Key.StartsWith("A – ", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public async Task Get_Downloads_AgencySupervisor_GetsOnlyTheirAgency()
    {
        var factory = served.Factory;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");

        using var csv = await supervisor.GetAsync(Csv);
        using var xlsx = await supervisor.GetAsync(Xlsx);
        using var other = await supervisor.GetAsync(Csv + "&agency=imigrasi");

        var text = await CsvTextAsync(csv);
        Assert.Contains("\"Tiket diambil\";1\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Paspor", text, StringComparison.Ordinal);
        using var workbook = await WorkbookAsync(xlsx);
        Assert.Equal(1, Summary(workbook, "Tiket diambil"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("Anda hanya boleh melihat laporan instansi Anda sendiri.", await other.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Csv, "service")]
    [InlineData(Csv, "desk")]
    [InlineData(Csv, "officer")]
    [InlineData(Xlsx, "service")]
    [InlineData(Xlsx, "desk")]
    [InlineData(Xlsx, "officer")]
    public async Task Get_Downloads_AgencySupervisorFiltersByAnotherAgency_IsRefusedAndNamesNothingOfIt(string path, string filter)
    {
        var factory = imigrasi.Factory;
        var (officer, desk) = (imigrasi.Officer, imigrasi.Desk);
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");

        using var response = await supervisor.GetAsync(path + "&" + filter + "=" + Filter(filter, officer, desk));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(officer.DisplayName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Paspor", body, StringComparison.Ordinal);
        Assert.Contains("instansi", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("service")]
    [InlineData("desk")]
    [InlineData("officer")]
    public async Task Get_ReportsPage_AgencySupervisorFiltersByAnotherAgency_ShowsTheRefusalAndNothingOfIt(string filter)
    {
        var factory = imigrasi.Factory;
        var (officer, desk) = (imigrasi.Officer, imigrasi.Desk);
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");

        var page = await supervisor.GetStringAsync("/reports?period=Today&" + filter + "=" + Filter(filter, officer, desk));

        Assert.Contains("bukan milik instansi", page, StringComparison.Ordinal);
        Assert.DoesNotContain(officer.DisplayName, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Paspor", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Downloads_MppSupervisorFiltersByAnOfficerOutsideTheChosenAgency_IsRefused()
    {
        var factory = imigrasi.Factory;
        var officer = imigrasi.Officer;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        using var response = await supervisor.GetAsync(Csv + "&agency=disdukcapil&officer=" + officer.Id);
        using var own = await supervisor.GetAsync(Csv + "&agency=imigrasi&officer=" + officer.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("\"" + officer.Id + "\" bukan milik instansi yang dipilih.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(officer.DisplayName, await CsvTextAsync(own), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("service")]
    [InlineData("desk")]
    [InlineData("officer")]
    [InlineData("agency")]
    public async Task Get_IkmExport_AgencySupervisorAddsAnotherAgencysFilter_GetsOnlyTheirOwnAgency(string filter)
    {
        var factory = imigrasi.Factory;
        var (officer, desk) = (imigrasi.Officer, imigrasi.Desk);
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");

        using var response = await supervisor.GetAsync("/reports/ikm.csv?from=2026-11-01&to=2026-11-30&" + filter + "=" + (filter == "agency" ? "imigrasi" : Filter(filter, officer, desk)));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dinas Kependudukan", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Imigrasi", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Paspor", body, StringComparison.Ordinal);
        Assert.DoesNotContain(officer.DisplayName, body, StringComparison.Ordinal);
    }

    /// <summary>A Paspor ticket (Imigrasi) served by Imigrasi's officer at their desk, and a KTP-el ticket (Disdukcapil); with their survey answers when asked.</summary>
    private static (Officer Officer, Desk Desk) ServedByImigrasi(MppQueueFactory factory, bool answered = false)
    {
        var engine = factory.Engine;
        var officer = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.Id == "petugas-imigrasi");
        var desk = factory.DeskFor("paspor");
        engine.SignInToDesk(desk.Id, officer);
        var paspor = engine.Issue(new IssueRequest("paspor"));
        engine.CallNext(desk.Id, officer.Id);
        var done = engine.Finish(desk.Id, paspor.Id, officer.Id);
        var (ktp, ktpDesk) = factory.IssueAndCall("ktp-el");
        var ktpDone = engine.Finish(ktpDesk.Id, ktp.Id);
        if (answered)
        {
            var survey = factory.Services.GetRequiredService<SurveyService>();
            survey.Submit(done.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => 2), null);
            survey.Submit(ktpDone.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => 4), null);
        }

        return (officer, desk);
    }

    private static string Filter(string filter, Officer officer, Desk desk) => filter switch
    {
        "service" => "paspor",
        "desk" => desk.Id,
        _ => officer.Id,
    };

    [Theory]
    [InlineData("?period=Custom&from=2026-11-20&to=2026-11-01", "Tanggal akhir sebelum tanggal awal. Tukar kedua tanggal.")]
    [InlineData("?period=Custom&from=2024-01-01&to=2026-11-01", "Periode paling panjang 366 hari. Perpendek periodenya.")]
    [InlineData("?period=Custom&from=23-11-2026&to=2026-11-01", "Tanggal \"23-11-2026\" tidak dikenali. Gunakan format tahun-bulan-hari, misalnya 2026-11-23.")]
    [InlineData("?period=Kemarin", "Periode \"Kemarin\" tidak dikenal.")]
    [InlineData("?period=Today&service=tidak-ada", "Layanan \"tidak-ada\" tidak dikenal.")]
    [InlineData("?period=Today&agency=imigrasi&desk=loket-01", "\"loket-01\" bukan milik instansi yang dipilih.")]
    public async Task Get_BadParameters_AreRefusedWithTheReason(string query, string message)
    {
        var factory = served.Factory;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        foreach (var path in new[] { "/reports/export.csv", "/reports/export.xlsx" })
        {
            using var response = await supervisor.GetAsync(path + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(message, await response.Content.ReadAsStringAsync());
        }
    }
}
