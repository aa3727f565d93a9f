using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Kiosk.Flow;

/// <summary>
/// The kiosk's watch while its page is open: on every beat it says the kiosk is alive (the device list's "last
/// seen") and, for an ESC/POS kiosk, asks its printer whether it answers, so a silent printer puts the kiosk out of
/// service until it answers again. An unregistered kiosk stays out of service whatever its printer says.
/// </summary>
public sealed class KioskWatch(KioskIssuer issuer, KioskDevice kiosk, KioskPrinting printing, TimeProvider time)
{
    /// <summary>A printer is asked more often than a kiosk that only needs to be seen.</summary>
    public TimeSpan Beat => printing == KioskPrinting.EscPos ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(60);

    /// <summary>
    /// Beats until <paramref name="stop"/>: <paramref name="seen"/> each time, and <paramref name="change"/> with the
    /// kiosk's new state when the printer's answer changes <paramref name="current"/>.
    /// </summary>
    public async Task RunAsync(Action seen, Func<KioskRefusal?> current, Func<KioskRefusal?, Task> change, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        var escPos = printing == KioskPrinting.EscPos;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                seen();
                if (escPos && current() != KioskRefusal.Unregistered)
                {
                    var answers = await issuer.PrinterAnswersAsync(kiosk, stop);
                    var now = answers ? (KioskRefusal?)null : KioskRefusal.PrinterOffline;
                    if (now != current())
                    {
                        await change(now);
                    }
                }

                await Task.Delay(Beat, time, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The page is gone.
        }
        catch (ObjectDisposedException)
        {
            // The circuit is gone.
        }
    }
}
