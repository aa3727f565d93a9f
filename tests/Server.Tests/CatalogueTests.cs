using System.Net;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The public catalogue (/layanan) as a phone or a search engine gets it: plain server-rendered HTML with the service
/// standard, a search that forgives a typo, a 404 page in Indonesian for a service that does not exist, English on request.
/// </summary>
public class CatalogueTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Catalogue_Anonymous_ListsEveryAgencyAndServiceWithoutAScript()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync("/layanan");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Katalog layanan · Mal Pelayanan Publik Kota Harapan Jaya</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"23 layanan dari 10 instansi", html, StringComparison.Ordinal);
        Assert.Equal(10, Count(html, "data-testid=\"catalogue-agency\""));
        Assert.Equal(23, Count(html, "data-testid=\"catalogue-service\""));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("MudBlazor", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePage_Demo_ShowsItsStandardStatusAndLinks()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync("/layanan/paspor");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 data-testid=\"catalogue-service-name\">Paspor (Baru dan Penggantian)</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<li>paspor lama untuk penggantian</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Foto, sidik jari, dan wawancara.</li>", html, StringComparison.Ordinal);
        Assert.Contains("4 hari kerja setelah pembayaran", html, StringComparison.Ordinal);
        Assert.Contains("Rp350.000", html, StringComparison.Ordinal);
        Assert.Contains("PP No. 28 Tahun 2019", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.lapor.go.id/\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"catalogue-quota\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/booking?agency=imigrasi&service=paspor\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/live\"", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4;margin:15mm}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePage_FreeDukcapilService_SaysGratis()
    {
        using var client = host.Factory.CreateClient();

        var html = await client.GetStringAsync("/layanan/ktp-el");

        Assert.Contains("data-testid=\"standard-free\">Gratis</span>", html, StringComparison.Ordinal);
        Assert.Contains("UU No. 23 Tahun 2006 jo. UU No. 24 Tahun 2013", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pasport", "paspor")]
    [InlineData("kartu keluraga", "kartu-keluarga")]
    [InlineData("SKCK", "skck")]
    public async Task Search_WithATypo_FindsTheService(string query, string serviceId)
    {
        using var client = host.Factory.CreateClient();

        var html = await client.GetStringAsync("/layanan?q=" + Uri.EscapeDataString(query));

        Assert.Contains($"data-service-id=\"{serviceId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, follow\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{query}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NothingMatches_SaysSoAndOffersEveryService()
    {
        using var client = host.Factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/layanan?q=zzzzqqq"));

        Assert.Contains("Tidak ada layanan yang cocok dengan “zzzzqqq”", html, StringComparison.Ordinal);
        Assert.Equal(0, Count(html, "data-testid=\"catalogue-service\""));
    }

    [Theory]
    [InlineData("/layanan/tidak-ada")]
    [InlineData("/layanan/%3Cscript%3E")]
    public async Task ServicePage_Unknown_Is404InIndonesianWithTheWayBack(string path)
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Layanan tidak ditemukan", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/layanan\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePage_English_IsWrittenInEnglish()
    {
        using var client = host.Factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/layanan/paspor?culture=en"));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Passport (new and renewal)", html, StringComparison.Ordinal);
        Assert.Contains(">Requirements</h2>", html, StringComparison.Ordinal);
        Assert.Contains("4 working days after payment", html, StringComparison.Ordinal);
        Assert.Contains("Ordinary passport, 48 pages, Rp350,000", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Landing_Anonymous_PutsTheCatalogueFirst()
    {
        using var client = host.Factory.CreateClient();

        var html = await client.GetStringAsync("/");

        var catalogue = html.IndexOf("href=\"/layanan\"", StringComparison.Ordinal);
        Assert.True(catalogue > 0, "The landing page links the catalogue.");
        Assert.True(catalogue < html.IndexOf("data-testid=\"home-staff\"", StringComparison.Ordinal), "The public comes before the staff.");
    }

    private static int Count(string html, string marker)
    {
        var count = 0;
        for (var at = html.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = html.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
