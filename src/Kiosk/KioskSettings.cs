namespace MppQueue.Kiosk;

/// <summary>The settings in force for one kiosk (see <see cref="KioskOptions.For"/>).</summary>
public sealed record KioskSettings(
    KioskPrinting Printing,
    int PaperWidth,
    string? Printer,
    TimeSpan PrinterTimeout,
    TimeSpan IdleTimeout,
    bool AskPriority);
