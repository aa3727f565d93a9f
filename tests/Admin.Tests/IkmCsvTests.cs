using System.Globalization;
using System.Text;
using MppQueue.Admin.Ikm;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

public class IkmCsvTests
{
    private static readonly DateOnly November1 = new(2026, 11, 1);
    private static readonly DateOnly November30 = new(2026, 11, 30);
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly SiteCatalog _catalog = DemoMpp.Build();

    // Worked example, by hand:
    //   ktp-el (Disdukcapil): one response all 4 except Biaya = 2 (sum 34), one all 3 (sum 27).
    //     element means 3.50 except Biaya (2 + 3) / 2 = 2.50; IKM = 25 × 61 / 18 = 84.722… → 84.72, B (Baik).
    //   paspor (Imigrasi): one response all 2 (sum 18): means 2.00, IKM = 25 × 18 / 9 = 50.00, D (Tidak Baik).
    //   Whole MPP: 25 × (34 + 27 + 18) / 27 = 73.148… → 73.15, C (Kurang Baik); Persyaratan (4 + 3 + 2) / 3 = 3.00.
    private static IkmReport WorkedExample() => IkmCalculator.Report(
        [
            Response("ktp-el", "disdukcapil", 4, cost: 2),
            Response("ktp-el", "disdukcapil", 3),
            Response("paspor", "imigrasi", 2),
        ],
        November1,
        November30);

    private static SurveyResponse Response(string serviceId, string agencyId, int value, int? cost = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        TicketId = Guid.NewGuid().ToString("N"),
        ServiceId = serviceId,
        AgencyId = agencyId,
        ServiceDate = new DateOnly(2026, 11, 23),
        SubmittedAt = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(7)),
        Answers = SkmAnswers.Create(SkmAnswers.Elements.Select(e => e == SkmElement.Cost && cost is { } c ? c : value)),
    };

    private IkmSheet Sheet(CultureInfo culture, string? agencyId = null, SiteCatalog? catalog = null) =>
        IkmSheet.For(WorkedExample(), catalog ?? _catalog, agencyId, culture);

    private static IEnumerable<string> Cells(List<string> row, params int[] columns) => columns.Select(c => row[c]);

    /// <summary>Reads a CSV the way a spreadsheet does (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes).</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == IkmCsv.Separator)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.False(quoted, "A quoted cell was never closed.");
        Assert.Empty(row);
        return rows;
    }

    [Fact]
    public void ToBytes_AnySheet_StartsWithUtf8ByteOrderMark_AndKeepsIndonesianText()
    {
        var bytes = IkmCsv.ToBytes(Sheet(Indonesian), Indonesian);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(IkmCsv.Write(Sheet(Indonesian), Indonesian), text);
        Assert.Contains("Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya", text, StringComparison.Ordinal);
        Assert.Contains("KTP-el (Kartu Tanda Penduduk Elektronik)", text, StringComparison.Ordinal);
        Assert.Contains("Penanganan pengaduan, saran dan masukan", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Indonesian_HeaderInIndonesian_AndFiguresWithDecimalComma()
    {
        var rows = Parse(IkmCsv.Write(Sheet(Indonesian), Indonesian));

        Assert.Equal(
            ["Periode awal", "Periode akhir", "Cakupan", "Instansi", "Layanan", "Jumlah responden", "IKM", "Mutu", "Kinerja unit pelayanan",
             "U1 Persyaratan", "U2 Sistem, mekanisme, dan prosedur", "U3 Waktu penyelesaian", "U4 Biaya/tarif", "U5 Produk spesifikasi jenis pelayanan",
             "U6 Kompetensi pelaksana", "U7 Perilaku pelaksana", "U8 Penanganan pengaduan, saran dan masukan", "U9 Sarana dan prasarana"],
            rows[0]);
        Assert.Equal(
            ["2026-11-01", "2026-11-30", "MPP", "", "", "3", "73,15", "C", "Kurang Baik", "3,00", "3,00", "3,00", "2,33", "3,00", "3,00", "3,00", "3,00", "3,00"],
            rows[1]);
        Assert.Equal(
            ["2026-11-01", "2026-11-30", "Instansi", "Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya", "", "2", "84,72", "B", "Baik",
             "3,50", "3,50", "3,50", "2,50", "3,50", "3,50", "3,50", "3,50", "3,50"],
            rows[2]);
        Assert.Equal(["Layanan", "KTP-el (Kartu Tanda Penduduk Elektronik)", "2", "84,72", "B", "Baik"], Cells(rows[3], 2, 4, 5, 6, 7, 8));
        Assert.Equal(["Instansi", "Kantor Imigrasi Kelas II TPI Harapan Jaya", "1", "50,00", "D", "Tidak Baik"], Cells(rows[4], 2, 3, 5, 6, 7, 8));
        Assert.Equal(["Layanan", "Paspor (Baru dan Penggantian)", "1", "50,00", "D"], Cells(rows[5], 2, 4, 5, 6, 7));
        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.Equal(18, row.Count));
    }

    [Fact]
    public void Write_English_HeaderInEnglish_AndFiguresWithDecimalPoint()
    {
        var rows = Parse(IkmCsv.Write(Sheet(English), English));

        Assert.Equal(["Period start", "Period end", "Scope", "Agency", "Service", "Responses", "IKM", "Grade", "Service quality", "U1 Requirements"], rows[0].Take(10));
        Assert.Equal(["MPP", "3", "73.15", "C", "Fair", "3.00"], Cells(rows[1], 2, 5, 6, 7, 8, 9));
        Assert.Equal("Electronic identity card (KTP-el)", rows[3][4]);
        Assert.Equal("84.72", rows[3][6]);
    }

    [Fact]
    public void Write_AgencySupervisorsSheet_HasOnlyTheirAgencyAndItsServices()
    {
        var rows = Parse(IkmCsv.Write(Sheet(Indonesian, "disdukcapil"), Indonesian));

        Assert.Equal(3, rows.Count);
        Assert.Equal(["Instansi", "Layanan"], rows.Skip(1).Select(r => r[2]));
        Assert.DoesNotContain(rows, r => r[2] == "MPP");
        Assert.DoesNotContain(rows, r => r.Any(cell => cell.Contains("Imigrasi", StringComparison.Ordinal) || cell.Contains("Paspor", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_NamesWithQuotesSeparatorsAndLineBreaks_StayInTheirOwnCell()
    {
        var tricky = "Dinas \"Maju\"; Bersama, Kota\r\nBaris dua";
        var catalog = _catalog with { Agencies = _catalog.Agencies.SetItem("disdukcapil", _catalog.Agencies["disdukcapil"] with { Name = tricky }) };

        var csv = IkmCsv.Write(Sheet(Indonesian, catalog: catalog), Indonesian);
        var rows = Parse(csv);

        Assert.Contains("\"Dinas \"\"Maju\"\"; Bersama, Kota\r\nBaris dua\"", csv, StringComparison.Ordinal);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.Equal(18, row.Count));
        Assert.Equal(tricky, rows[2][3]);
        Assert.Equal("84,72", rows[2][6]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"klik\")")]
    [InlineData("+62 811 0000")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("  =1+1")]
    public void Text_StartsLikeAFormula_IsPrefixedWithAnApostropheAndQuoted(string name)
    {
        var cell = IkmCsv.Text(name);

        Assert.Equal("\"'" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", cell);
    }

    [Fact]
    public void Write_FormulaInAServiceName_ReachesTheSpreadsheetAsText()
    {
        var service = _catalog.Services["paspor"] with { NameId = "=cmd|' /C calc'!A0" };
        var catalog = _catalog with { Services = _catalog.Services.SetItem("paspor", service) };

        var rows = Parse(IkmCsv.Write(Sheet(Indonesian, catalog: catalog), Indonesian));

        Assert.Equal("'=cmd|' /C calc'!A0", rows[5][4]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.StartsWith('='));
    }

    [Theory]
    [InlineData("Disdukcapil", "\"Disdukcapil\"")]
    [InlineData("Kota 2-A", "\"Kota 2-A\"")]
    [InlineData("", "\"\"")]
    [InlineData(null, "\"\"")]
    public void Text_OrdinaryValue_IsOnlyQuoted(string? value, string expected) =>
        Assert.Equal(expected, IkmCsv.Text(value));

    [Fact]
    public void Write_EmptyPeriod_HasTheHeaderAndAZeroLineForTheReader()
    {
        var empty = IkmCalculator.Report([], November1, November30);

        var rows = Parse(IkmCsv.Write(IkmSheet.For(empty, _catalog, null, Indonesian), Indonesian));

        Assert.Equal(2, rows.Count);
        Assert.Equal(["MPP", "0", "", "", ""], Cells(rows[1], 2, 5, 6, 7, 8));
    }

    [Fact]
    public void FileName_Period_NamesBothDaysInAscii() =>
        Assert.Equal("ikm-2026-11-01_2026-11-30.csv", IkmCsv.FileName(new IkmPeriod(November1, November30)));

    [Fact]
    public void Lines_MppSheet_ListAgenciesInCatalogOrderWithTheirServicesBeneath()
    {
        var lines = Sheet(Indonesian).Lines;

        Assert.Equal(
            [(IkmScope.Site, ""), (IkmScope.Agency, "disdukcapil"), (IkmScope.Service, "ktp-el"), (IkmScope.Agency, "imigrasi"), (IkmScope.Service, "paspor")],
            lines.Select(l => (l.Scope, l.Key)));
        Assert.Equal([3, 2, 2, 1, 1], lines.Select(l => l.Result.ResponseCount));
    }
}
