using QRCoder;

namespace MppQueue.Kiosk;

/// <summary>QR codes as SVG markup (QRCoder's SVG renderer: no System.Drawing, scales to any size on screen and paper).</summary>
public static class QrSvg
{
    public static string Render(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(8, "#000000", "#FFFFFF", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
