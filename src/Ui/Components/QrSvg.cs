using QRCoder;

namespace MppQueue.Ui.Components;

/// <summary>QR codes as SVG markup for every area (the kiosk's tickets and bookings, the wall screens' link to /live; QRCoder's SVG renderer: no System.Drawing, scales to any size on screen and paper).</summary>
public static class QrSvg
{
    public static string Render(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Render(address.AbsoluteUri);
    }

    /// <summary>A QR of plain text, such as a booking code that a kiosk's scanner types.</summary>
    public static string Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(8, "#000000", "#FFFFFF", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
