using ClosedXML.Excel;

namespace MppQueue.Admin.Reports;

/// <summary>
/// A report's tables as an Excel workbook (ClosedXML): one worksheet per table, a bold frozen header row, numbers
/// as numbers and days as dates. Column widths are set from the text length, never with AdjustToContents, which
/// measures fonts through GDI+ and Linux has none.
/// </summary>
public static class ReportXlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int MaxSheetName = 31;

    public static byte[] ToBytes(IEnumerable<ExportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var workbook = new XLWorkbook();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            var sheet = workbook.Worksheets.Add(SheetName(table.Name, used));
            var widths = new int[Math.Max(1, table.Headers.Count)];
            for (var c = 0; c < table.Headers.Count; c++)
            {
                sheet.Cell(1, c + 1).SetValue(table.Headers[c]);
                widths[c] = table.Headers[c].Length;
            }

            sheet.Row(1).Style.Font.Bold = true;
            sheet.SheetView.FreezeRows(1);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (var c = 0; c < row.Count; c++)
                {
                    var cell = sheet.Cell(r + 2, c + 1);
                    var length = Set(cell, row[c]);
                    if (c < widths.Length)
                    {
                        widths[c] = Math.Max(widths[c], length);
                    }
                }
            }

            for (var c = 0; c < widths.Length; c++)
            {
                sheet.Column(c + 1).Width = Math.Clamp(widths[c] + 2, 8, 60);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Writes a cell (text stays text, even when it starts with "=") and returns the characters it shows.</summary>
    private static int Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case string text:
                cell.SetValue(text);
                return text.Length;
            case long number:
                cell.SetValue(number);
                return 8;
            case int number:
                cell.SetValue(number);
                return 8;
            case double number:
                cell.SetValue(number);
                cell.Style.NumberFormat.Format = "0.0";
                return 8;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = "yyyy-mm-dd";
                return 10;
            default:
                var shown = value.ToString() ?? string.Empty;
                cell.SetValue(shown);
                return shown.Length;
        }
    }

    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Select(ch => ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : ch)]).Trim('\'');
        clean = clean.Length == 0 ? "Sheet" : clean;
        clean = clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
        var candidate = clean;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = (clean.Length + suffix.Length > MaxSheetName ? clean[..(MaxSheetName - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }
}
