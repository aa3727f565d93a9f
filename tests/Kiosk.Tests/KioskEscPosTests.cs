using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;
using MppQueue.Kiosk.Printing;

namespace MppQueue.Kiosk.Tests;

/// <summary>A kiosk that prints ESC/POS to a network printer; a loopback listener plays the printer.</summary>
public class KioskEscPosTests : ComponentTestBase
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task OnAnswerPriority_PrinterListening_ItReceivesTheNumberTheQrsOfTheTicketAndOfLiveAndACut()
    {
        using var printer = new TcpListener(IPAddress.Loopback, 0);
        printer.Start();
        var port = ((IPEndPoint)printer.LocalEndpoint).Port;
        var received = ReceiveOneAsync(printer);
        Services.AddKiosk(o =>
        {
            o.Printing = KioskPrinting.EscPos;
            o.Printer = "127.0.0.1:" + port;
        });
        Navigation.NavigateTo("/kiosk?service=skck");
        var cut = Render<KioskPage>();

        cut.Find("[data-priority='None']").Click();

        var bytes = await received.WaitAsync(TimeSpan.FromSeconds(20));
        var ticket = Assert.Single(Engine.TicketsToday());
        var url = "http://localhost/t/" + ticket.Token;
        var text = Encoding.ASCII.GetString(bytes);
        Assert.Contains("SK001", text, StringComparison.Ordinal);
        var qrStore = new byte[] { 0x1D, 0x28, 0x6B, (byte)((url.Length + 3) % 256), (byte)((url.Length + 3) / 256), 0x31, 0x50, 0x30 }
            .Concat(Encoding.ASCII.GetBytes(url)).ToArray();
        Assert.True(IndexOf(bytes, qrStore) >= 0, "The printer got no GS ( k store command with the ticket's address.");
        Assert.True(IndexOf(bytes, [0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30]) > IndexOf(bytes, qrStore), "The QR code is stored but never printed.");
        var live = "http://localhost/live";
        Assert.True(IndexOf(bytes, [0x1D, 0x28, 0x6B, (byte)(live.Length + 3), 0x00, 0x31, 0x50, 0x30, .. Encoding.ASCII.GetBytes(live)]) > IndexOf(bytes, qrStore), "The printer got no QR code to the building live after the ticket's.");
        Assert.Equal(EscPosTicket.Cut, bytes[^EscPosTicket.Cut.Length..]);
        Eventually(() => Assert.EndsWith("/kiosk/ticket/" + ticket.Token + "?print=done", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoPrinterListening_ShowsOutOfServiceAndIssuesNothing()
    {
        Services.AddKiosk(o =>
        {
            o.Printing = KioskPrinting.EscPos;
            o.Printer = "127.0.0.1:" + Probes.ClosedPort();
        });

        var cut = Render<KioskPage>();

        cut.WaitForAssertion(() => Assert.Contains("Kiosk ini sedang tidak dapat digunakan", cut.Find("[data-testid='out-of-service']").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid='agency']"));
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public void OnAnswerPriority_PrinterGoneSinceTheStart_NoTicketAndOutOfService()
    {
        Services.AddKiosk(o =>
        {
            o.Printing = KioskPrinting.EscPos;
            o.Printer = "127.0.0.1:" + Probes.ClosedPort();
        });
        Navigation.NavigateTo("/kiosk?service=skck");
        var cut = Render<KioskPage>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='out-of-service']"));

        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public async Task Render_PrinterComesBack_KioskIsInServiceAgainByItself()
    {
        var port = Probes.ClosedPort();
        Services.AddKiosk(o =>
        {
            o.Printing = KioskPrinting.EscPos;
            o.Printer = "127.0.0.1:" + port;
        });
        var cut = Render<KioskPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid='out-of-service']"));

        using var printer = new TcpListener(IPAddress.Loopback, port);
        printer.Start();
        _ = ReceiveOneAsync(printer);
        await Task.Delay(100);
        Time.Advance(TimeSpan.FromSeconds(16));

        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[data-testid='agency']").Count), TimeSpan.FromSeconds(10));
    }

    private static async Task<byte[]> ReceiveOneAsync(TcpListener listener)
    {
        // The kiosk first checks that the printer answers (a connection without data), then sends the ticket.
        while (true)
        {
            using var client = await listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            if (buffer.Length > 0)
            {
                return buffer.ToArray();
            }
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
