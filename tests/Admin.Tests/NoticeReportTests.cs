using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Reports;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>The notices part of the reports page and the "Pemberitahuan" sheet of its downloads.</summary>
public class NoticeReportTests : AdminTestBase
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(OpenMonday.DateTime);

    public NoticeReportTests()
    {
        Services.AddSingleton<IReportStore>(Store);

        // Today: Disdukcapil sent three on WhatsApp (two arrived, one failed for good later) and one push that arrived;
        // one notice found no channel. Imigrasi sent two SMS. Yesterday: one WhatsApp for Disdukcapil.
        Add("d1", "disdukcapil", Today, NoticeChannel.WhatsApp, NoticeState.Delivered);
        Add("d2", "disdukcapil", Today, NoticeChannel.WhatsApp, NoticeState.Delivered);
        Add("d3", "disdukcapil", Today, NoticeChannel.WhatsApp, NoticeState.Sent);
        Add("d4", "disdukcapil", Today, NoticeChannel.WebPush, NoticeState.Delivered);
        Add("d5", "disdukcapil", Today, null, NoticeState.Failed);
        Add("i1", "imigrasi", Today, NoticeChannel.Sms, NoticeState.Sent);
        Add("i2", "imigrasi", Today, NoticeChannel.Sms, NoticeState.Sent);
        Add("y1", "disdukcapil", Today.AddDays(-1), NoticeChannel.WhatsApp, NoticeState.Sent);
    }

    private void Add(string id, string agencyId, DateOnly day, NoticeChannel? channel, NoticeState state)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        Notices.Store.AddNotices(
            [
                new Notice
                {
                    Id = id,
                    Kind = NoticeKind.Called,
                    ContactId = "t:" + id,
                    TicketId = id,
                    ServiceId = agencyId == "imigrasi" ? "paspor" : "ktp-el",
                    AgencyId = agencyId,
                    Day = day,
                    Content = new NoticeContent(),
                    CreatedAt = at,
                    State = state,
                    Channel = channel,
                    SentAt = channel is null ? null : at,
                    DeliveredAt = state == NoticeState.Delivered ? at : null,
                    FailedAt = state == NoticeState.Failed ? at : null,
                    FailureKey = state == NoticeState.Failed ? "NoChannel" : null,
                },
            ],
            null);
    }

    private IRenderedComponent<ReportsPage> Open(params (string Name, string Value)[] query)
    {
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/reports?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value))));
        return Render<ReportsPage>();
    }

    private static string Cell(IRenderedComponent<ReportsPage> page, string part, string key, string column) =>
        page.Find($"[data-testid=report-notices-by-{part}] [data-testid=report-notice-line][data-key='{key}'] [data-testid=report-notice-{column}]").TextContent.Trim();

    [Fact]
    public void Render_Today_ShowsSentDeliveredFailedAndRatePerChannelAndAgency()
    {
        SignedInAs("supervisor");

        var page = Open(("period", "Today"));

        Assert.Equal("3", Cell(page, "channel", "WhatsApp", "sent"));
        Assert.Equal("2", Cell(page, "channel", "WhatsApp", "delivered"));
        Assert.Equal("66,7 %", Cell(page, "channel", "WhatsApp", "rate"));
        Assert.Equal("2", Cell(page, "channel", "Sms", "sent"));
        Assert.Equal("1", Cell(page, "channel", "none", "failed"));
        Assert.Equal("Tanpa saluran", page.Find("[data-testid=report-notices-by-channel] [data-key='none'] [data-testid=report-notice-name]").TextContent);
        Assert.Equal("4", Cell(page, "agency", "disdukcapil", "sent"));
        Assert.Equal("75,0 %", Cell(page, "agency", "disdukcapil", "rate"));
        Assert.Equal("2", Cell(page, "agency", "imigrasi", "sent"));
        var day = page.Find("[data-testid=report-notice-day]");
        Assert.Equal("3", day.QuerySelector("[data-testid=report-notice-day-whatsapp]")!.TextContent);
        Assert.Equal("2", day.QuerySelector("[data-testid=report-notice-day-sms]")!.TextContent);
        Assert.Equal("5", day.QuerySelector("[data-testid=report-notice-day-paid]")!.TextContent);
    }

    [Fact]
    public void Render_AgencySupervisor_SeesOnlyTheirAgencysNotices()
    {
        SignedInAs("supervisor-disdukcapil");

        var page = Open(("period", "Today"));

        Assert.Equal(["disdukcapil"], page.FindAll("[data-testid=report-notices-by-agency] [data-testid=report-notice-line]").Select(l => l.GetAttribute("data-key")));
        Assert.Empty(page.FindAll("[data-testid=report-notices-by-channel] [data-key='Sms']"));
    }

    [Fact]
    public void Render_AgencyChosen_NarrowsTheNoticesToIt()
    {
        SignedInAs("supervisor");

        var page = Open(("period", "Today"), ("agency", "imigrasi"));

        Assert.Equal(["Sms"], page.FindAll("[data-testid=report-notices-by-channel] [data-testid=report-notice-line]").Select(l => l.GetAttribute("data-key")));
    }

    [Fact]
    public void Render_PeriodOfTwoDays_CountsEachDayApart()
    {
        SignedInAs("supervisor");
        var from = Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = Open(("period", "Custom"), ("from", from), ("to", to));

        Assert.Equal([from, to], page.FindAll("[data-testid=report-notice-day]").Select(d => d.GetAttribute("data-day")));
        Assert.Equal("4", Cell(page, "channel", "WhatsApp", "sent"));
    }

    [Fact]
    public void Render_NoNoticesInThePeriod_SaysSo()
    {
        SignedInAs("supervisor");
        var day = Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = Open(("period", "Custom"), ("from", day), ("to", day));

        Assert.Equal("Belum ada pemberitahuan pada periode ini.", page.Find("[data-testid=report-notices-empty]").TextContent);
    }

    [Fact]
    public void Export_Workbook_HasANoticesSheetWithTheSameCounts()
    {
        var export = Services.GetRequiredService<ReportExport>();
        var report = export.Report(ReportRequest.Parse("Today", null, null, null, null, null, null), "disdukcapil");

        var bytes = ReportXlsxWriter.ToBytes(export.Tables(report, CultureInfo.GetCultureInfo("id")));

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Pemberitahuan");
        Assert.Equal("Bagian", sheet.Cell(1, 1).GetString());
        var rows = sheet.RowsUsed().Skip(1).Select(r => r.Cells(1, 9).Select(c => c.GetString()).ToList()).ToList();
        var whatsApp = Assert.Single(rows, r => r[0] == "Per saluran" && r[3] == "WhatsApp");
        Assert.Equal(["3", "3", "2", "0"], whatsApp[4..8]);
        Assert.Single(rows, r => r[0] == "Per instansi");
        Assert.DoesNotContain(rows, r => r.Contains("SMS"));
    }

    [Fact]
    public void Export_EnglishCsv_NamesTheNoticesPart()
    {
        var export = Services.GetRequiredService<ReportExport>();
        var report = export.Report(ReportRequest.Parse("Today", null, null, null, null, null, null), null);

        var csv = ReportCsvWriter.Write(export.Tables(report, CultureInfo.GetCultureInfo("en")), CultureInfo.GetCultureInfo("en"));

        Assert.Contains("\"Notices\"\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"By channel\";;\"All\";\"SMS\";2;2;0;0;0\r\n", csv, StringComparison.Ordinal);
    }
}
