using System.Globalization;
using System.Text;
using MppQueue.Admin.Exports;
using MppQueue.Core;

namespace MppQueue.Admin.Ikm;

/// <summary>
/// The index as a CSV file for a spreadsheet: one row per line of the <see cref="IkmSheet"/> (the headline,
/// then each agency and its services), with the period, the number of responses, the IKM, its grade and the
/// mean of each of the nine elements.
/// </summary>
/// <remarks>
/// <para>
/// Separator: a semicolon, on purpose. Excel opens a double-clicked CSV with the list separator of the PC's
/// regional settings, and Indonesian settings (id-ID) use the comma as the decimal mark and the semicolon as
/// the list separator. A semicolon file therefore opens in columns there, and a decimal comma ("88,31") in the
/// Indonesian file never splits a number in two. Numbers follow the file's language (id: 88,31; en: 88.31),
/// dates are ISO (2026-11-30), which Excel reads in every locale.
/// </para>
/// <para>
/// Encoding: UTF-8 with a byte order mark, without which Excel reads the file as the PC's ANSI code page.
/// No "sep=;" line: Excel ignores the byte order mark when that line is present.
/// </para>
/// <para>
/// Text (names) is always quoted with inner quotes doubled, so separators and line breaks stay inside their
/// cell, and text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so that a
/// spreadsheet shows it instead of running it as a formula (CSV injection).
/// </para>
/// </remarks>
public static class IkmCsv
{
    public const char Separator = CsvFile.Separator;

    public const string ContentType = CsvFile.ContentType;

    /// <summary>The file's bytes: the byte order mark, then the text of <see cref="Write"/>.</summary>
    public static byte[] ToBytes(IkmSheet sheet, CultureInfo culture) => CsvFile.ToBytes(Write(sheet, culture));

    /// <summary>The file's text: a header row in the given language, then one row per line of the sheet.</summary>
    public static string Write(IkmSheet sheet, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(culture);
        var csv = new StringBuilder();
        CsvFile.AppendRow(csv, Header(culture).Select(Text));
        foreach (var line in sheet.Lines)
        {
            CsvFile.AppendRow(csv, Row(line, culture));
        }

        return csv.ToString();
    }

    /// <summary>The download's file name, e.g. ikm-2026-11-01_2026-11-30.csv (ASCII only, safe in any header).</summary>
    public static string FileName(IkmPeriod period) =>
        "ikm-" + IkmPeriod.Iso(period.From) + "_" + IkmPeriod.Iso(period.To) + ".csv";

    /// <summary>One text cell: quoted, inner quotes doubled, and never read by a spreadsheet as a formula.</summary>
    public static string Text(string? value) => CsvFile.Text(value);

    /// <summary>One number cell with two decimals in the file's language (88,31 or 88.31); empty without a value.</summary>
    public static string Number(decimal? value, CultureInfo culture) =>
        value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", culture) : string.Empty;

    private static IEnumerable<string> Header(CultureInfo culture)
    {
        yield return Get(nameof(ReportText.IkmCsvFrom), culture);
        yield return Get(nameof(ReportText.IkmCsvTo), culture);
        yield return Get(nameof(ReportText.IkmCsvScope), culture);
        yield return Get(nameof(ReportText.IkmCsvAgency), culture);
        yield return Get(nameof(ReportText.IkmCsvService), culture);
        yield return Get(nameof(ReportText.IkmCsvResponses), culture);
        yield return Get(nameof(ReportText.IkmCsvIndex), culture);
        yield return Get(nameof(ReportText.IkmCsvGrade), culture);
        yield return Get(nameof(ReportText.IkmCsvGradeLabel), culture);
        foreach (var element in SkmAnswers.Elements)
        {
            yield return IkmLabels.ElementCode(element) + " " + SkmText.ElementName(element, culture);
        }
    }

    private static IEnumerable<string> Row(IkmLine line, CultureInfo culture)
    {
        var result = line.Result;
        yield return IkmPeriod.Iso(result.From);
        yield return IkmPeriod.Iso(result.To);
        yield return Text(IkmLabels.Scope(result.Scope, culture));
        yield return Text(line.AgencyName);
        yield return Text(line.ServiceName);
        yield return result.ResponseCount.ToString(CultureInfo.InvariantCulture);
        yield return Number(result.Index, culture);
        yield return result.Grade?.ToString() ?? string.Empty;
        yield return Text(result.Grade is { } grade ? SkmText.GradeLabel(grade, culture) : string.Empty);
        foreach (var element in SkmAnswers.Elements)
        {
            yield return Number(result.MeanOf(element), culture);
        }
    }

    private static string Get(string key, CultureInfo culture) => ReportText.ResourceManager.GetString(key, culture) ?? key;
}
