using MppQueue.Admin.Reports;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>The report page's filter form and chart rules without rendering.</summary>
public class ReportFormTests
{
    [Fact]
    public void SetAgency_AfterAServiceDeskAndOfficer_StartsThoseAfresh()
    {
        var form = new ReportForm();
        form.SetService("ktp-el");
        form.SetDesk("loket-01");
        form.SetOfficer("o1");

        form.SetAgency("samsat");
        var request = form.ToRequest();

        Assert.Equal("samsat", request.AgencyId);
        Assert.Null(request.ServiceId);
        Assert.Null(request.DeskId);
        Assert.Null(request.OfficerId);
    }

    [Fact]
    public void Choose_Custom_StartsFromThePeriodOnScreenAndOnlyCustomCarriesDates()
    {
        var form = new ReportForm();
        form.Fill(new ReportRequest(ReportPeriodKind.ThisMonth, null, null, null, null, null, null), new DateOnly(2026, 11, 23));
        Assert.Null(form.ToRequest().From);

        form.Choose(ReportPeriodKind.Custom, new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 23)));
        form.SetTo(new DateTime(2026, 11, 10));
        var request = form.ToRequest();

        Assert.Equal(new DateOnly(2026, 11, 1), request.From);
        Assert.Equal(new DateOnly(2026, 11, 10), request.To);
        var query = ReportForm.Query(request, scope: null);
        Assert.Equal("2026-11-01", query["from"]);
        Assert.Equal("Custom", query["period"]);
    }

    [Fact]
    public void Query_SupervisorsOwnAgency_IsNotWrittenIntoTheAddress()
    {
        var request = new ReportRequest(ReportPeriodKind.Today, null, null, "samsat", null, null, null);

        Assert.Null(ReportForm.Query(request, scope: "samsat")["agency"]);
        Assert.Equal("samsat", ReportForm.Query(request, scope: null)["agency"]);
        Assert.Null(ReportForm.Query(request, scope: null)["from"]);
    }

    [Fact]
    public void HeatStyle_BusiestCell_IsDarkWithWhiteTextAndAnEmptyCellIsClear()
    {
        Assert.Contains("color: #fff", ReportChart.HeatStyle(10, 10), StringComparison.Ordinal);
        Assert.Contains("rgba(25, 118, 210, 0)", ReportChart.HeatStyle(0, 10), StringComparison.Ordinal);
        Assert.Contains("color: inherit", ReportChart.HeatStyle(3, 10), StringComparison.Ordinal);
    }
}
