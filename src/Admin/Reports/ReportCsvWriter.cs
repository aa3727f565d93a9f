using System.Globalization;
using System.Text;

namespace MppQueue.Admin.Reports;

/// <summary>
/// A report's tables as one CSV file: each table is its name on a line, its header row, its rows, then a blank
/// line. Semicolon-separated with numbers in the file's language and ISO dates, UTF-8 with a byte order mark,
/// the same conventions as the SKM index's CSV (Excel with Indonesian settings opens it in columns).
/// </summary>
/// <remarks>
/// Text is always quoted with inner quotes doubled, so separators and line breaks stay in their cell; text that
/// starts with = + - @, a tab or a carriage return gets a leading apostrophe so that a spreadsheet shows it
/// instead of running it as a formula (CSV injection). Numbers are written bare and are never text.
/// </remarks>
public static class ReportCsvWriter
{
    public const char Separator = ';';

    public const string ContentType = "text/csv; charset=utf-8";

    private const string LineEnd = "\r\n";

    private static readonly UTF8Encoding _utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] ToBytes(IEnumerable<ExportTable> tables, CultureInfo culture)
    {
        var text = Write(tables, culture);
        var preamble = _utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + _utf8WithBom.GetByteCount(text)];
        preamble.CopyTo(bytes, 0);
        _utf8WithBom.GetBytes(text, 0, text.Length, bytes, preamble.Length);
        return bytes;
    }

    public static string Write(IEnumerable<ExportTable> tables, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(culture);
        var csv = new StringBuilder();
        foreach (var table in tables)
        {
            AppendRow(csv, [Text(table.Name)]);
            AppendRow(csv, table.Headers.Select(Text));
            foreach (var row in table.Rows)
            {
                AppendRow(csv, row.Select(cell => Cell(cell, culture)));
            }

            csv.Append(LineEnd);
        }

        return csv.ToString();
    }

    /// <summary>One cell as written in the file.</summary>
    public static string Cell(object? value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return value switch
        {
            null => string.Empty,
            string text => Text(text),
            long number => number.ToString(culture),
            int number => number.ToString(culture),
            double number => number.ToString("0.###", culture),
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Text(Convert.ToString(value, culture) ?? string.Empty),
        };
    }

    /// <summary>Text quoted, with a formula's first character defused.</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(Separator, cells);
        csv.Append(LineEnd);
    }
}
