using System.Net;
using System.Text;
using ClosedXML.Excel;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The report downloads over HTTP, tried by nobody, by an officer, by an agency supervisor and by the MPP's
/// supervisor, over tickets the engine issued and served today (Monday 23 November 2026).
/// </summary>
public class ReportExportTests
{
    private const string Csv = "/reports/export.csv?period=Today";
    private const string Xlsx = "/reports/export.xlsx?period=Today";

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

    [Theory]
    [InlineData(Csv)]
    [InlineData(Xlsx)]
    [InlineData("/reports")]
    public async Task Get_Anonymous_GoesToSignInAndBack(string path)
    {
        using var factory = new MppQueueFactory();
        using var client = Accounts.Client(factory);

        await Accounts.AssertSentToSignInAsync(client, path);
    }

    [Theory]
    [InlineData(Csv)]
    [InlineData(Xlsx)]
    [InlineData("/reports")]
    public async Task Get_PlainOfficer_IsDenied(string path)
    {
        using var factory = new MppQueueFactory();
        Served(factory);
        using var officer = await Accounts.SignedInAsync(factory, "petugas.disdukcapil");

        await Accounts.AssertDeniedAsync(officer, path);
    }

    [Fact]
    public async Task Get_Downloads_MppSupervisor_FindsTheServedTickets()
    {
        using var factory = new MppQueueFactory();
        Served(factory);
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
        using var factory = new MppQueueFactory();
        Served(factory);
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
    [InlineData("?period=Custom&from=2026-11-20&to=2026-11-01", "Tanggal akhir sebelum tanggal awal. Tukar kedua tanggal.")]
    [InlineData("?period=Custom&from=2024-01-01&to=2026-11-01", "Periode paling panjang 366 hari. Perpendek periodenya.")]
    [InlineData("?period=Custom&from=23-11-2026&to=2026-11-01", "Tanggal \"23-11-2026\" tidak dikenali. Gunakan format tahun-bulan-hari, misalnya 2026-11-23.")]
    [InlineData("?period=Kemarin", "Periode \"Kemarin\" tidak dikenal.")]
    [InlineData("?period=Today&service=tidak-ada", "Layanan \"tidak-ada\" tidak dikenal.")]
    [InlineData("?period=Today&agency=imigrasi&desk=loket-01", "\"loket-01\" bukan milik instansi yang dipilih.")]
    public async Task Get_BadParameters_AreRefusedWithTheReason(string query, string message)
    {
        using var factory = new MppQueueFactory();
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        foreach (var path in new[] { "/reports/export.csv", "/reports/export.xlsx" })
        {
            using var response = await supervisor.GetAsync(path + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(message, await response.Content.ReadAsStringAsync());
        }
    }
}
