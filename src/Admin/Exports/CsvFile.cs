using System.Text;

namespace MppQueue.Admin.Exports;

/// <summary>
/// The conventions every CSV download of the area shares: semicolon-separated (Indonesian Windows settings use
/// the semicolon as list separator and the comma as decimal mark, so Excel opens the file in columns), CRLF line
/// ends, UTF-8 with a byte order mark, and text cells that can neither break the file nor run as a formula.
/// </summary>
public static class CsvFile
{
    public const char Separator = ';';

    public const string ContentType = "text/csv; charset=utf-8";

    private const string LineEnd = "\r\n";

    private static readonly UTF8Encoding _utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The file's bytes: the byte order mark, then the text.</summary>
    public static byte[] ToBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var preamble = _utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + _utf8WithBom.GetByteCount(text)];
        preamble.CopyTo(bytes, 0);
        _utf8WithBom.GetBytes(text, 0, text.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>
    /// One text cell: always quoted with inner quotes doubled, so separators and line breaks stay in their cell;
    /// text starting (after spaces) with = + - @, a tab or a line break gets a leading apostrophe, so that a
    /// spreadsheet shows it instead of running it (CSV injection).
    /// </summary>
    public static string Text(string? value)
    {
        var text = value ?? string.Empty;
        var first = text.TrimStart(' ');
        if (first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Cells already written as they stand in the file, joined into one line.</summary>
    public static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.AppendJoin(Separator, cells);
        csv.Append(LineEnd);
    }

    /// <summary>An empty line (between tables).</summary>
    public static void AppendBlankLine(StringBuilder csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.Append(LineEnd);
    }
}
