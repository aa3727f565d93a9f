using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The index's CSV download over HTTP, tried by nobody, by an officer, by an agency supervisor and by the MPP's
/// supervisor, over answers given through the survey for tickets the engine served. The clock starts on
/// Monday 23 November 2026. The tests only read: they share one started server that holds the answers.
/// </summary>
public class IkmExportTests(IkmExportTests.AnsweredHost host) : IClassFixture<IkmExportTests.AnsweredHost>
{
    private const string November = "/reports/ikm.csv?from=2026-11-01&to=2026-11-30";

    /// <summary>The server with the answers of <see cref="Answered"/>.</summary>
    public sealed class AnsweredHost : SharedHost
    {
        public AnsweredHost() => Answered(Factory);
    }

    /// <summary>KTP-el (Disdukcapil) answered all 4 and all 3, Paspor (Imigrasi) all 2: 87.50 B, 50.00 D, and 75.00 C for the MPP.</summary>
    private static void Answered(MppQueueFactory factory)
    {
        var survey = factory.Services.GetRequiredService<SurveyService>();
        foreach (var (serviceId, value) in new[] { ("ktp-el", 4), ("ktp-el", 3), ("paspor", 2) })
        {
            var (ticket, desk) = factory.IssueAndCall(serviceId);
            var done = factory.Engine.Finish(desk.Id, ticket.Id);
            survey.Submit(done.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => value), null);
        }
    }

    private static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Get_Export_MppSupervisor_GetsEveryLine()
    {
        var factory = host.Factory;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        using var response = await supervisor.GetAsync(November);
        var lines = await CsvLinesAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ikm-2026-11-01_2026-11-30.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("\"Periode awal\";\"Periode akhir\";\"Cakupan\";\"Instansi\";\"Layanan\";\"Jumlah responden\";\"IKM\";\"Mutu\";", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("2026-11-01;2026-11-30;\"MPP\";\"\";\"\";3;75,00;C;\"Kurang Baik\";3,00;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";\"Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya\";\"\";2;87,50;B;\"Baik\";", lines[2], StringComparison.Ordinal);
        Assert.Contains(";\"KTP-el (Kartu Tanda Penduduk Elektronik)\";2;87,50;B;", lines[3], StringComparison.Ordinal);
        Assert.Contains(";\"Kantor Imigrasi Kelas II TPI Harapan Jaya\";\"\";1;50,00;D;\"Tidak Baik\";", lines[4], StringComparison.Ordinal);
        Assert.Contains(";\"Paspor (Baru dan Penggantian)\";1;50,00;D;", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Export_AgencySupervisor_GetsOnlyTheirAgencysLines()
    {
        var factory = host.Factory;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");

        using var response = await supervisor.GetAsync(November);
        var lines = await CsvLinesAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, lines.Length);
        Assert.Contains(";\"Instansi\";\"Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya\";\"\";2;87,50;B;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";\"Layanan\";\"Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya\";\"KTP-el (Kartu Tanda Penduduk Elektronik)\";2;", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("\"MPP\"", StringComparison.Ordinal) || l.Contains("Imigrasi", StringComparison.Ordinal) || l.Contains("75,00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Export_English_HeadsTheColumnsInEnglish()
    {
        var factory = host.Factory;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        using var response = await supervisor.GetAsync(November + "&culture=en");
        var lines = await CsvLinesAsync(response);

        Assert.StartsWith("\"Period start\";\"Period end\";\"Scope\";\"Agency\";\"Service\";\"Responses\";\"IKM\";\"Grade\";", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-01;2026-11-30;\"MPP\";\"\";\"\";3;75.00;C;\"Fair\";", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/ikm.csv", "Tanggal awal (from) wajib diisi")]
    [InlineData("/reports/ikm.csv?from=2026-11-01", "Tanggal akhir (to) wajib diisi")]
    [InlineData("/reports/ikm.csv?from=01/11/2026&to=2026-11-30", "Tanggal awal (from) tidak dapat dibaca")]
    [InlineData("/reports/ikm.csv?from=2026-11-01&to=2026-13-45", "Tanggal akhir (to) tidak dapat dibaca")]
    [InlineData("/reports/ikm.csv?from=2026-11-30&to=2026-11-01", "Tanggal akhir (1 November 2026) lebih awal dari tanggal awal (30 November 2026)")]
    [InlineData("/reports/ikm.csv?from=2020-01-01&to=2026-11-30", "terlalu panjang; paling lama 366 hari")]
    public async Task Get_Export_BadDates_Returns400WithAnIndonesianMessage(string path, string expected)
    {
        var factory = host.Factory;
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        using var response = await supervisor.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }
}
