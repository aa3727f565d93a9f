namespace MppQueue.Kiosk;

/// <summary>The "MppQueue:Kiosk" configuration section: how every kiosk behaves, with overrides per kiosk device.</summary>
public sealed class KioskOptions
{
    public const string Section = "MppQueue:Kiosk";

    /// <summary>
    /// The address visitors' phones reach the server at (e.g. http://192.168.1.10:5000/). The kiosk's own
    /// browser often talks to localhost, which a phone cannot reach; unset, the kiosk's own address is used.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Seconds without a touch after which a kiosk forgets what was entered and goes back to the start.</summary>
    public int IdleSeconds { get; set; } = 30;

    /// <summary>Whether the kiosk asks the priority question (lansia, disabilitas, ibu hamil, balita) before a ticket.</summary>
    public bool AskPriority { get; set; } = true;

    /// <summary>How tickets are printed: by the kiosk's browser, as ESC/POS to a network printer, or not at all.</summary>
    public KioskPrinting Printing { get; set; } = KioskPrinting.Browser;

    /// <summary>The paper roll's width in millimetres: 80 or 58.</summary>
    public int PaperWidth { get; set; } = 80;

    /// <summary>The ESC/POS printer as host:port (port 9100 when left out), for <see cref="KioskPrinting.EscPos"/>.</summary>
    public string? Printer { get; set; }

    /// <summary>How long a network printer may take to accept a connection or the ticket.</summary>
    public int PrinterTimeoutMs { get; set; } = 3000;

    /// <summary>When set, a browser that does not present a registered kiosk's device token issues nothing.</summary>
    public bool RequireRegisteredKiosk { get; set; }

    /// <summary>Tickets a kiosk may issue in a burst before it must slow down.</summary>
    public int IssueBurst { get; set; } = 10;

    /// <summary>Tickets a kiosk may issue per minute once its burst is used.</summary>
    public int IssuePerMinute { get; set; } = 20;

    /// <summary>Settings of single kiosks, by device id, over the ones above.</summary>
    public Dictionary<string, KioskDeviceOptions> Devices { get; } = new(StringComparer.Ordinal);

    /// <summary>The settings of one kiosk: its own entry over the defaults.</summary>
    public KioskSettings For(string? deviceId)
    {
        var own = deviceId is not null && Devices.TryGetValue(deviceId, out var found) ? found : null;
        var paper = own?.PaperWidth ?? PaperWidth;
        return new KioskSettings(
            own?.Printing ?? Printing,
            paper <= 58 ? 58 : 80,
            own?.Printer ?? Printer,
            TimeSpan.FromMilliseconds(Math.Clamp(PrinterTimeoutMs, 200, 30_000)),
            TimeSpan.FromSeconds(Math.Clamp(IdleSeconds, 5, 600)),
            own?.AskPriority ?? AskPriority);
    }
}
