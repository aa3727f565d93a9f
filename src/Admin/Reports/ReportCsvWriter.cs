using System.Globalization;
using System.Text;
using MppQueue.Admin.Exports;

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
    public const char Separator = CsvFile.Separator;

    public const string ContentType = CsvFile.ContentType;

    public static byte[] ToBytes(IEnumerable<ExportTable> tables, CultureInfo culture) => CsvFile.ToBytes(Write(tables, culture));

    public static string Write(IEnumerable<ExportTable> tables, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(culture);
        var csv = new StringBuilder();
        foreach (var table in tables)
        {
            CsvFile.AppendRow(csv, [Text(table.Name)]);
            CsvFile.AppendRow(csv, table.Headers.Select(Text));
            foreach (var row in table.Rows)
            {
                CsvFile.AppendRow(csv, row.Select(cell => Cell(cell, culture)));
            }

            CsvFile.AppendBlankLine(csv);
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
    public static string Text(string value) => CsvFile.Text(value);
}
