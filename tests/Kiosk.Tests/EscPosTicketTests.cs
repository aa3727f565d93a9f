using System.Text;
using MppQueue.Kiosk.Printing;

namespace MppQueue.Kiosk.Tests;

/// <summary>The thermal printer's ticket carries the building live (/live) as the browser's slip does.</summary>
public class EscPosTicketTests
{
    private static readonly byte[] PrintQr = [0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30];

    [Fact]
    public void Encode_WithTheBuildingLive_PrintsItsQrCodeAfterTheTicketsWithCaptionAndAddress()
    {
        var ticket = Ticket(new Uri("http://192.168.1.10:5000/live"));

        var bytes = EscPosTicket.Encode(ticket, 80);

        var ticketQr = Store("http://192.168.1.10:5000/t/abc");
        var liveQr = Store("http://192.168.1.10:5000/live");
        var ticketAt = IndexOf(bytes, ticketQr);
        var liveAt = IndexOf(bytes, liveQr);
        Assert.True(ticketAt >= 0, "The ticket's own QR code is not stored.");
        Assert.True(liveAt > ticketAt, "The /live QR code is not stored after the ticket's.");
        Assert.True(IndexOf(bytes[(ticketAt + ticketQr.Length)..], PrintQr) >= 0 && IndexOf(bytes[(liveAt + liveQr.Length)..], PrintQr) >= 0, "A stored QR code is never printed.");
        var beforeLive = Encoding.ASCII.GetString(bytes[ticketAt..liveAt]);
        Assert.Contains("Pantau semua antrean gedung dari ponsel:\n", beforeLive, StringComparison.Ordinal);
        Assert.Contains("\u001D(k\u0003\01C\u0004", beforeLive, StringComparison.Ordinal);
        Assert.Contains("192.168.1.10/live\n", Encoding.ASCII.GetString(bytes[liveAt..]), StringComparison.Ordinal);
        Assert.Equal(EscPosTicket.Cut, bytes[^4..]);
    }

    [Fact]
    public void Encode_WithoutTheBuildingLive_PrintsTheTicketsQrCodeOnly()
    {
        var bytes = EscPosTicket.Encode(Ticket(live: null), 58);

        Assert.Equal(1, Count(bytes, PrintQr));
    }

    [Theory]
    [InlineData("http://192.168.1.10:5000/t/abc", "http://192.168.1.10:5000/live")]
    [InlineData("https://mpp.example.go.id/antrian/t/abc", "https://mpp.example.go.id/antrian/live")]
    public void LiveBeside_TicketPage_IsLiveUnderTheSamePublicAddress(string page, string live)
    {
        Assert.Equal(live, TicketLinks.LiveBeside(new Uri(page), "abc").AbsoluteUri);
    }

    private static PrintedTicket Ticket(Uri? live) =>
        new("MPP Kota Harapan Jaya", "Nomor antrian Anda", "SK012", "SKCK", "Polres", [new("Tunggu di", "Zona 1")],
            "http://192.168.1.10:5000/t/abc", "Pindai", "Simpan tiket", live, "Pantau semua antrean gedung dari ponsel:");

    // GS ( k pL pH 1 P 0 and the data: the printer stores a QR code's content.
    private static byte[] Store(string data) =>
        [0x1D, 0x28, 0x6B, (byte)((data.Length + 3) % 256), (byte)((data.Length + 3) / 256), 0x31, 0x50, 0x30, .. Encoding.ASCII.GetBytes(data)];

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private static int Count(byte[] haystack, byte[] needle)
    {
        var count = 0;
        var rest = haystack.AsSpan();
        int at;
        while ((at = rest.IndexOf(needle)) >= 0)
        {
            count++;
            rest = rest[(at + needle.Length)..];
        }

        return count;
    }
}
