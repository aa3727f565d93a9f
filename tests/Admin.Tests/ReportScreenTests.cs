using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Admin.Reports;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Admin.Tests;

/// <summary>The report page's state without rendering: what an address opens, what a change shows, what goes back into the address.</summary>
public sealed class ReportScreenTests : IDisposable
{
    private readonly LiteQueueStore _store = new(LiteQueueStore.InMemory);
    private readonly ReportService _reports;
    private readonly ReportNames _names;

    public ReportScreenTests()
    {
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build(), DemoMpp.Officers());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var engine = new QueueEngine(_store, time, new QueueNotifier());
        _reports = new ReportService(engine, _store, _store, _store, time);
        _names = new ReportNames(engine.Catalog, _store.LoadOfficers(), CultureInfo.GetCultureInfo("id"));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Open_CustomAddress_FillsTheFormAndShowsThatPeriodWithADailyChart()
    {
        var screen = new ReportScreen(_reports, _names, scope: null);

        screen.Open("Custom", "2026-11-01", "2026-11-20", null, "paspor", null, null);

        Assert.Null(screen.Problem);
        Assert.Equal((ReportPeriodKind.Custom, "paspor"), (screen.Form.Choice, screen.Form.ServiceId));
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20)), screen.Report?.Period);
        Assert.Equal("period=Custom&from=2026-11-01&to=2026-11-20&service=paspor", screen.Request?.Query);
        Assert.Equal(20, screen.Chart?.Bars.Count);
        Assert.False(screen.Chart?.PerMonth);
    }

    [Fact]
    public void Open_UnreadableAddress_SaysWhyAndShowsNoReport()
    {
        var screen = new ReportScreen(_reports, _names, scope: null);

        screen.Open("Custom", "2026-13-01", null, null, null, null, null);

        Assert.NotNull(screen.Problem);
        Assert.Null(screen.Report);
        Assert.Null(screen.Request);
    }

    [Fact]
    public void Open_AgencySupervisorAskingForAnotherAgency_IsRefused()
    {
        var screen = new ReportScreen(_reports, _names, scope: "disdukcapil");

        screen.Open("Today", null, null, "samsat", null, null, null);

        Assert.Equal(_names.Error(new ReportException(ReportErrorCode.OutOfScope, "samsat")), screen.Problem);
        Assert.Null(screen.Report);
    }

    [Fact]
    public void Change_AgencySupervisor_ReportsTheirAgencyButLeavesItOutOfTheAddress()
    {
        var screen = new ReportScreen(_reports, _names, scope: "disdukcapil");
        screen.Open(null, null, null, null, null, null, null);

        var query = screen.Change(form => form.SetService("ktp-el"));

        Assert.Equal("disdukcapil", screen.Report?.Filter.AgencyId);
        Assert.Equal("disdukcapil", screen.Request?.AgencyId);
        Assert.NotNull(query);
        Assert.Null(query["agency"]);
        Assert.Equal("ktp-el", query["service"]);
        Assert.Equal("disdukcapil", screen.AgencyFilter);
    }

    [Fact]
    public void Change_ReversedDates_SaysWhyAndLeavesTheAddressAlone()
    {
        var screen = new ReportScreen(_reports, _names, scope: null);
        screen.Open("Today", null, null, null, null, null, null);

        screen.Change(form => form.Choose(ReportPeriodKind.Custom, screen.Report?.Period));
        var query = screen.Change(form => form.SetFrom(new DateTime(2026, 11, 30)));

        Assert.Null(query);
        Assert.Equal(_names.Error(new ReportException(ReportErrorCode.PeriodReversed)), screen.Problem);
        Assert.Null(screen.Report);
        Assert.Equal(ReportPeriodKind.Custom, screen.Form.Choice);
    }

    [Fact]
    public void Change_AfterARefusal_ShowsTheReportAgain()
    {
        var screen = new ReportScreen(_reports, _names, scope: null);
        screen.Open("Custom", "2026-11-30", "2026-11-01", null, null, null, null);
        Assert.NotNull(screen.Problem);

        var query = screen.Change(form => form.Choose(ReportPeriodKind.Today, screen.Report?.Period));

        Assert.Null(screen.Problem);
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)), screen.Report?.Period);
        Assert.Equal("Today", query?["period"]);
    }
}
