using System.Globalization;
using System.Text;

namespace MppQueue.Kiosk.Printing;

/// <summary>
/// A ticket as ESC/POS bytes for an 80 mm or 58 mm thermal printer: the number in large type, the QR code of the
/// ticket's page and a smaller one to the building live (/live), both through the printer's own QR command (GS ( k,
/// model 2), and a cut. Pure: no I/O, so tests read the bytes.
/// </summary>
/// <remarks>
/// Text is sent as plain ASCII (accents dropped, dashes and quotes simplified), since code pages differ
/// between printers and every one of them prints ASCII. Lines are wrapped to font A's width: 48 columns on
/// 80 mm paper (576 dots), 32 on 58 mm (384 dots).
/// </remarks>
public static class EscPosTicket
{
    public static readonly byte[] Initialize = [0x1B, 0x40];

    /// <summary>GS V 66 0: feed to the cutter, then a partial cut.</summary>
    public static readonly byte[] Cut = [0x1D, 0x56, 0x42, 0x00];

    /// <summary>The start of every QR function (GS ( k).</summary>
    public static readonly byte[] QrCommand = [0x1D, 0x28, 0x6B];

    public static byte[] Encode(PrintedTicket ticket, int paperWidth)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var narrow = paperWidth <= 58;
        var columns = narrow ? 32 : 48;
        using var bytes = new MemoryStream();

        bytes.Write(Initialize);
        Align(bytes, center: true);
        Bold(bytes, on: true);
        Text(bytes, ticket.SiteName, columns);
        Bold(bytes, on: false);
        Rule(bytes, columns);
        Text(bytes, ticket.Title, columns);

        // GS ! n: width and height multipliers in the high and low nibbles. 4x4 fits "SK012" on 58 mm paper.
        bytes.Write([0x1D, 0x21, narrow ? (byte)0x33 : (byte)0x44]);
        Text(bytes, ticket.Number, columns);
        bytes.Write([0x1D, 0x21, 0x00]);
        Feed(bytes, 1);

        Bold(bytes, on: true);
        Text(bytes, ticket.ServiceName, columns);
        Bold(bytes, on: false);
        Text(bytes, ticket.AgencyName, columns);
        Rule(bytes, columns);

        Align(bytes, center: false);
        foreach (var (label, value) in ticket.Lines)
        {
            Text(bytes, label + ": " + value, columns);
        }

        Align(bytes, center: true);
        Feed(bytes, 1);
        Qr(bytes, ticket.QrData, moduleDots: narrow ? (byte)5 : (byte)6);
        Text(bytes, ticket.QrCaption, columns);
        Rule(bytes, columns);

        // The building live, as on the browser's slip: smaller than the ticket's own code, with its address in words.
        if (ticket.Live is { } live)
        {
            Text(bytes, ticket.LiveCaption, columns);
            Qr(bytes, live.AbsoluteUri, moduleDots: 4);
            Text(bytes, live.Host + live.AbsolutePath, columns);
            Rule(bytes, columns);
        }

        Text(bytes, ticket.Footer, columns);
        Feed(bytes, 4);
        bytes.Write(Cut);
        return bytes.ToArray();
    }

    /// <summary>ASCII that every printer prints: accents dropped, typographic dashes and quotes made plain.</summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(c switch
            {
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2026' => '.',
                '\u00A0' => ' ',
                _ when c is >= ' ' and <= '~' => c,
                _ => '?',
            });
        }

        return plain.ToString();
    }

    private static void Qr(MemoryStream bytes, string data, byte moduleDots)
    {
        var payload = Encoding.ASCII.GetBytes(Plain(data));
        bytes.Write([.. QrCommand, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00]);  // model 2
        bytes.Write([.. QrCommand, 0x03, 0x00, 0x31, 0x43, moduleDots]);  // module size in dots (≥ 4 for a phone)
        bytes.Write([.. QrCommand, 0x03, 0x00, 0x31, 0x45, 0x31]);        // error correction M
        var length = payload.Length + 3;
        bytes.Write([.. QrCommand, (byte)(length % 256), (byte)(length / 256), 0x31, 0x50, 0x30]);  // store the data
        bytes.Write(payload);
        bytes.Write([.. QrCommand, 0x03, 0x00, 0x31, 0x51, 0x30]);        // print it
        bytes.WriteByte(0x0A);
    }

    private static void Text(MemoryStream bytes, string text, int columns)
    {
        foreach (var line in Wrap(Plain(text), columns))
        {
            bytes.Write(Encoding.ASCII.GetBytes(line));
            bytes.WriteByte(0x0A);
        }
    }

    private static IEnumerable<string> Wrap(string text, int columns)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > columns)
            {
                if (line.Length > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                yield return rest[..columns];
                rest = rest[columns..];
            }

            if (line.Length > 0 && line.Length + 1 + rest.Length > columns)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(rest);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static void Rule(MemoryStream bytes, int columns)
    {
        bytes.Write(Encoding.ASCII.GetBytes(new string('-', columns)));
        bytes.WriteByte(0x0A);
    }

    private static void Align(MemoryStream bytes, bool center) => bytes.Write([0x1B, 0x61, center ? (byte)1 : (byte)0]);

    private static void Bold(MemoryStream bytes, bool on) => bytes.Write([0x1B, 0x45, on ? (byte)1 : (byte)0]);

    private static void Feed(MemoryStream bytes, byte lines) => bytes.Write([0x1B, 0x64, lines]);
}
