using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Idle;
using MppQueue.Kiosk.Issuing;
using MppQueue.Kiosk.Printing;

namespace MppQueue.Kiosk.Tests;

/// <summary>The kiosk's rules without rendering: search, the ESC/POS bytes, the rate per kiosk, the idle timer, settings per kiosk.</summary>
public class KioskLogicTests : ComponentTestBase
{
    [Theory]
    [InlineData("paspor", "paspor")]
    [InlineData("ktp el", "ktp-el")]
    [InlineData("KTP-el", "ktp-el")]
    [InlineData("passport", "paspor")]
    [InlineData("skck", "skck")]
    public void Search_NameInEitherLanguageAnyCase_FindsTheServiceFirst(string query, string serviceId)
    {
        var results = new KioskBoard(Engine).Search(query);

        Assert.Equal(serviceId, results[0].Service.Id);
    }

    [Theory]
    [InlineData("pasport", "paspor")]
    [InlineData("kartu keluraga", "kartu-keluarga")]
    [InlineData("akta kelahrian", "akta-kelahiran")]
    public void Search_OneTypoAndNothingElseMatches_StillFindsTheService(string query, string serviceId)
    {
        var results = new KioskBoard(Engine).Search(query);

        Assert.Equal(serviceId, results[0].Service.Id);
    }

    [Fact]
    public void Search_ExactMatchExists_NoTypoGuessesAreAdded()
    {
        var results = new KioskBoard(Engine).Search("paspor");

        Assert.Equal(["paspor"], results.Select(r => r.Service.Id));
    }

    [Fact]
    public void Search_AgencyName_FindsItsServices()
    {
        var results = new KioskBoard(Engine).Search("samsat");

        Assert.Equal(["pajak-kendaraan", "stnk-lima-tahunan", "balik-nama"], results.Select(r => r.Service.Id));
    }

    [Fact]
    public void Encode_Ticket_HasNumberInLargeTypeQrCommandAndCutInPlainAscii()
    {
        var ticket = new PrintedTicket("MPP Kota Harapan Jaya", "Nomor antrian Anda", "SK012", "SKCK", "Polres",
            [new("Tunggu di", "Zona 1 — Lantai 1")], "http://192.168.1.10:5000/t/abc", "Pindai", "Simpan tiket");

        var bytes = EscPosTicket.Encode(ticket, 80);

        var text = Encoding.ASCII.GetString(bytes);
        Assert.Equal(EscPosTicket.Initialize, bytes[..2]);
        Assert.Contains("\u001D!\u0044SK012\n\u001D!\0", text, StringComparison.Ordinal);
        Assert.Contains("Tunggu di: Zona 1 - Lantai 1", text, StringComparison.Ordinal);
        Assert.Contains("\u001D(k\u0003\01C\u0006", text, StringComparison.Ordinal);
        Assert.Contains("\u001D(k\u0021\01P0http://192.168.1.10:5000/t/abc", text, StringComparison.Ordinal);
        Assert.Equal(EscPosTicket.Cut, bytes[^4..]);
        Assert.All(bytes, b => Assert.True(b < 0x80, "Only ASCII goes to the printer."));
    }

    [Fact]
    public void Encode_NarrowPaper_WrapsLinesAt32Columns()
    {
        var ticket = new PrintedTicket("Mal Pelayanan Publik Kota Harapan Jaya", "Nomor", "A001", "KTP-el", "Disdukcapil", [], "http://x/t/a", "Pindai kode QR ini dengan ponsel untuk memantau antrian", "-");

        var text = Encoding.ASCII.GetString(EscPosTicket.Encode(ticket, 58));

        Assert.All(text.Split('\n').Where(l => !l.Contains("\u001D(k", StringComparison.Ordinal)), line => Assert.True(StripCommands(line).Length <= 32, $"Too long for 58 mm: {line}"));
    }

    [Fact]
    public void TryAcquire_BurstUsed_RefusesWithATimeToWaitAndOtherKiosksStillIssue()
    {
        var limiter = new KioskRateLimiter(Options.Create(new KioskOptions { IssueBurst = 3, IssuePerMinute = 1 }));

        var first = Enumerable.Range(0, 3).Select(i => limiter.TryAcquire("kiosk-1", out _)).ToList();
        var fourth = limiter.TryAcquire("kiosk-1", out var wait);
        var other = limiter.TryAcquire("kiosk-2", out _);

        Assert.All(first, Assert.True);
        Assert.False(fourth);
        Assert.NotNull(wait);
        Assert.True(other);
    }

    [Fact]
    public void IdleTimer_RestartedBeforeTheTimeout_FiresOnlyAfterAFullQuietStretch()
    {
        var time = new FakeTimeProvider();
        var fired = 0;
        using var idle = new IdleTimer(time, TimeSpan.FromSeconds(30), () => fired++);
        idle.Restart();

        time.Advance(TimeSpan.FromSeconds(29));
        idle.Restart();
        time.Advance(TimeSpan.FromSeconds(29));
        var before = fired;
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(0, before);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void For_KioskWithItsOwnPrinter_OverridesOnlyWhatItSets()
    {
        var options = new KioskOptions { Printing = KioskPrinting.Browser, PaperWidth = 80, IdleSeconds = 45 };
        options.Devices["kiosk-2"] = new KioskDeviceOptions { Printing = KioskPrinting.EscPos, Printer = "10.0.0.9", PaperWidth = 58 };

        var own = options.For("kiosk-2");
        var other = options.For("kiosk-1");

        Assert.Equal((KioskPrinting.EscPos, 58, "10.0.0.9", TimeSpan.FromSeconds(45)), (own.Printing, own.PaperWidth, own.Printer, own.IdleTimeout));
        Assert.Equal((KioskPrinting.Browser, 80, (string?)null), (other.Printing, other.PaperWidth, other.Printer));
    }

    [Theory]
    [InlineData("192.168.1.50", "192.168.1.50", 9100)]
    [InlineData("printer-1:9101", "printer-1", 9101)]
    [InlineData("[::1]:9100", "::1", 9100)]
    public void TryParse_PrinterAddress_HostAndPortWithTheRawPortByDefault(string address, string host, int port)
    {
        Assert.True(EscPosPrinter.TryParse(address, out var parsedHost, out var parsedPort));
        Assert.Equal((host, port), (parsedHost, parsedPort));
    }

    private static string StripCommands(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "[\u001B\u001D][\u0000-\u007F]{2}", string.Empty);
}
