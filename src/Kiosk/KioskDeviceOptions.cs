namespace MppQueue.Kiosk;

/// <summary>What one kiosk does differently from the others (its printer, its paper); unset means the default.</summary>
public sealed class KioskDeviceOptions
{
    public KioskPrinting? Printing { get; set; }

    public int? PaperWidth { get; set; }

    public string? Printer { get; set; }

    public bool? AskPriority { get; set; }
}
