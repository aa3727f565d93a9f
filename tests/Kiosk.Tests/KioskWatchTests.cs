using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Flow;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Kiosk.Tests;

/// <summary>The kiosk's watch without a page: seen on every beat, out of service while its ESC/POS printer is silent.</summary>
public class KioskWatchTests : ComponentTestBase
{
    [Fact]
    public async Task Run_EscPosPrinterSilentThenBack_GoesOutOfServiceAndBackOnALaterBeat()
    {
        var port = Probes.ClosedPort();
        var (_, states, seen) = Start(KioskPrinting.EscPos, "127.0.0.1:" + port, current: null, out var stop, out var run);

        await Probes.WaitUntil(() => Count(states) == 1);
        Assert.Equal([KioskRefusal.PrinterOffline], states);
        Assert.Equal(1, seen());

        using var printer = new TcpListener(IPAddress.Loopback, port);
        printer.Start();

        // The clock moves on in small steps until the next beat has asked the printer again.
        await Probes.WaitUntil(() =>
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            return Count(states) == 2;
        });
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([KioskRefusal.PrinterOffline, null], states);
        Assert.True(seen() >= 2);
    }

    [Fact]
    public async Task Run_UnregisteredKiosk_NeverAsksThePrinterButIsSeen()
    {
        var (_, states, seen) = Start(KioskPrinting.EscPos, "127.0.0.1:1", current: KioskRefusal.Unregistered, out var stop, out var run);

        await Probes.WaitUntil(() => seen() == 1);
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(states);
    }

    [Fact]
    public void Beat_EscPosAsksOftenAndABrowserKioskSeldom()
    {
        var issuer = Issuer(KioskPrinting.Browser, null);

        Assert.Equal(TimeSpan.FromSeconds(15), new KioskWatch(issuer, KioskDevice.Anonymous, KioskPrinting.EscPos, Time).Beat);
        Assert.Equal(TimeSpan.FromSeconds(60), new KioskWatch(issuer, KioskDevice.Anonymous, KioskPrinting.Browser, Time).Beat);
    }

    private (KioskWatch Watch, List<KioskRefusal?> States, Func<int> Seen) Start(
        KioskPrinting printing, string printer, KioskRefusal? current, out CancellationTokenSource stop, out Task run)
    {
        var watch = new KioskWatch(Issuer(printing, printer), KioskDevice.Anonymous, printing, Time);
        var states = new List<KioskRefusal?>();
        var seen = 0;
        var state = current;
        stop = new CancellationTokenSource();
        run = watch.RunAsync(
            () => Interlocked.Increment(ref seen),
            () => state,
            now =>
            {
                lock (states)
                {
                    states.Add(now);
                }

                state = now;
                return Task.CompletedTask;
            },
            stop.Token);
        return (watch, states, () => Volatile.Read(ref seen));
    }

    private KioskIssuer Issuer(KioskPrinting printing, string? printer)
    {
        Services.AddKiosk(o =>
        {
            o.Printing = printing;
            o.Printer = printer;
        });
        return Services.GetRequiredService<KioskIssuer>();
    }

    private static int Count(List<KioskRefusal?> states)
    {
        lock (states)
        {
            return states.Count;
        }
    }
}
