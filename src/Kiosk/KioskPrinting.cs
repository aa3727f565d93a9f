namespace MppQueue.Kiosk;

/// <summary>How a kiosk puts its ticket on paper.</summary>
public enum KioskPrinting
{
    /// <summary>The kiosk's browser prints the ticket page (silently with Chromium's --kiosk-printing).</summary>
    Browser,

    /// <summary>The server sends ESC/POS to a network thermal printer (TCP port 9100).</summary>
    EscPos,

    /// <summary>Nothing is printed: the visitor scans the QR or notes the number.</summary>
    None,
}
