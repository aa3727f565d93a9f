using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using MppQueue.Admin.Reports;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>The CSV and Excel writers of the report downloads, without HTTP.</summary>
public class ReportExportTests
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");

    private static readonly ExportTable Table = new(
        "Per layanan",
        ["Layanan", "Diambil", "Rata-rata (menit)", "Tanggal"],
        [
            ["A – KTP-el; \"baru\"\nbaris dua", 12L, 7.5, new DateOnly(2026, 11, 23)],
            ["=HYPERLINK(\"http://x\")", 3L, null, new DateOnly(2026, 11, 24)],
            ["+1", -4L, 0.25, null],
        ]);

    [Fact]
    public void Csv_Write_StartsWithByteOrderMarkAndIsUtf8()
    {
        var bytes = ReportCsvWriter.ToBytes([Table], Indonesian);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("KTP-el", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_TextWithSeparatorsQuotesAndNewlines_StaysInOneCell()
    {
        var text = ReportCsvWriter.Write([Table], Indonesian);

        Assert.Contains("\"A – KTP-el; \"\"baru\"\"\nbaris dua\";12;7,5;2026-11-23\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_TextLikeAFormula_IsDefused()
    {
        var text = ReportCsvWriter.Write([Table], Indonesian);

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\";3;;2026-11-24\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'+1\";-4;0,25;\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_English_WritesDecimalPoint()
    {
        var text = ReportCsvWriter.Write([Table], CultureInfo.GetCultureInfo("en"));

        Assert.Contains(";12;7.5;2026-11-23", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_Write_OpensWithClosedXmlWithTypedCells()
    {
        var bytes = ReportXlsxWriter.ToBytes([Table, Table with { Name = "Per layanan" }, Table with { Name = "a/b:c*d?[e]" + new string('x', 40) }]);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(3, workbook.Worksheets.Count);
        var sheet = workbook.Worksheet("Per layanan");
        Assert.Equal("Layanan", sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal("A – KTP-el; \"baru\"\nbaris dua", sheet.Cell(2, 1).GetString());
        Assert.Equal(12d, sheet.Cell(2, 2).GetDouble());
        Assert.Equal(7.5, sheet.Cell(2, 3).GetDouble());
        Assert.Equal(new DateTime(2026, 11, 23), sheet.Cell(2, 4).GetDateTime());

        // A formula-looking name is text in the workbook, never a formula.
        Assert.False(sheet.Cell(3, 1).HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", sheet.Cell(3, 1).GetString());
        Assert.True(sheet.Cell(3, 3).IsEmpty());
        Assert.Equal("Per layanan 2", workbook.Worksheet(2).Name);
        Assert.True(workbook.Worksheet(3).Name.Length <= 31);
        Assert.DoesNotContain('/', workbook.Worksheet(3).Name);
    }

    [Fact]
    public void Tables_OfAReport_NameEveryFigureInTheChosenLanguage()
    {
        var catalog = DemoMpp.Build();
        var day = new DateOnly(2026, 11, 23);
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
        var ticket = new Ticket
        {
            Id = "t1",
            Token = "tok",
            ServiceId = "ktp-el",
            IssuingServiceId = "ktp-el",
            Number = new TicketNumber("A", 1),
            ServiceDate = day,
            Status = TicketStatus.Done,
            IssuedAt = at,
            ArrivedAt = at,
            DeskId = "loket-01",
            History =
            [
                new TicketMove(1, MoveKind.Issue, at, TicketStatus.Waiting, TicketStatus.Waiting, null, null, null),
                new TicketMove(2, MoveKind.Call, at.AddMinutes(12), TicketStatus.Waiting, TicketStatus.Called, "loket-01", "off", null),
                new TicketMove(3, MoveKind.Finish, at.AddMinutes(20), TicketStatus.Called, TicketStatus.Done, "loket-01", "off", null),
            ],
        };
        var rollup = RollupBuilder.Build(day, [ticket], [], catalog, at);
        var tally = new DurationTally();
        tally.Add(TimeSpan.FromMinutes(12));
        var report = new ReportResult
        {
            Period = new ReportPeriod(day, day),
            Filter = ReportFilter.All,
            Counts = new ReportCounts(1, 1, 0, 0, 0, 0),
            Waiting = tally.ToStats(),
            Service = DurationStats.None,
            WithinStandard = 1,
            BusiestHours = new HeatMap([.. Enumerable.Range(0, 168).Select(i => i == 9 ? 1L : 0L)]),
            PerDay = [new DayFigures(day, 1, 1, 0)],
            QuotaUse = [new QuotaUseLine("ktp-el", 1, 200)],
            ByService = [new BreakdownLine("ktp-el", new ReportCounts(1, 1, 0, 0, 0, 0), tally.ToStats(), DurationStats.None)],
            ByDesk = [],
            ByOfficer = [],
            Skm = IkmCalculator.ForSite([], day, day),
            Funnel = [new FunnelLine(VisitChannel.WalkIn, 0, 0, 0, 1, 1, 1, 0, tally.ToStats()), new FunnelLine(VisitChannel.Agency, 3, 1, 1, 1, 0, 0, 0, DurationStats.None)],
        };

        var tables = ReportSheet.Tables(report, new ReportNames(catalog, [], CultureInfo.GetCultureInfo("en")));

        Assert.Single(rollup.Rows, r => r.Issued == 1 && r.DeskId == "loket-01");
        var summary = tables[0];
        Assert.Equal("Summary", summary.Name);
        Assert.Contains(summary.Rows, r => (string)r[0]! == "Tickets issued" && (long)r[1]! == 1);
        Assert.Contains(summary.Rows, r => (string)r[0]! == "Waiting time – Mean (minutes)" && (double)r[1]! == 12.0);
        var services = tables.Single(t => t.Name == "By service");
        Assert.StartsWith("A – ", (string)services.Rows[0][0]!, StringComparison.Ordinal);
        var funnel = tables.Single(t => t.Name == "Booking funnel");
        Assert.Equal("Waiting time Median (minutes)", funnel.Headers[^1]);
        Assert.Equal(["Walk-in", null, null, null, 1L, 1L, 1L, 0L, 12.2], funnel.Rows[0]);
        Assert.Equal(["Agency system", 3L, 1L, 1L, 1L, 0L, 0L, 0L, null], funnel.Rows[1]);
        var hours = tables.Single(t => t.Name == "Busiest hours");
        Assert.Equal(["Date", "09:00"], hours.Headers);
        Assert.Equal(1L, hours.Rows[0][1]);
    }
}
