using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>
/// The Command Center's snapshot over the test site (Disdukcapil: A, B, C on desks 1–3; Polres: SK on desk 4),
/// with the clock at Monday 08:00 and every service's standard wait at 30 minutes.
/// </summary>
public class CommandCenterTests
{
    private readonly EngineHarness _h;
    private readonly InMemoryDeviceStore _deviceStore = new();
    private readonly ScreenRegistry _devices;

    public CommandCenterTests()
        : this(new EngineHarness())
    {
    }

    private CommandCenterTests(EngineHarness harness)
    {
        _h = harness;
        _devices = new ScreenRegistry(_deviceStore, _h.Clock, TimeSpan.FromSeconds(60));
    }

    private QueueEngine Engine => _h.Engine;

    [Fact]
    public void Snapshot_TicketsWaiting_CountsThemAndMeasuresTheOldest()
    {
        _h.Issue("a");
        _h.Issue("a");
        _h.Issue("sk");
        _h.Clock.Advance(TimeSpan.FromMinutes(10));

        var snapshot = Center().Snapshot();

        var a = Service(snapshot, "a");
        Assert.Equal(2, a.Figures.Waiting);
        Assert.Equal(TimeSpan.FromMinutes(13), a.Figures.LongestWait);
        Assert.Null(Service(snapshot, "b").Figures.LongestWait);
        Assert.Equal(0, Service(snapshot, "b").Figures.Waiting);
        Assert.Equal(2, Agency(snapshot, "disdukcapil").Figures.Waiting);
        Assert.Equal(1, Agency(snapshot, "polres").Figures.Waiting);
        Assert.Equal(3, snapshot.Totals.Waiting);
        Assert.Equal(TimeSpan.FromMinutes(13), snapshot.Totals.LongestWait);
    }

    [Fact]
    public void Snapshot_OldestTicketCalled_LongestWaitIsTheNextOne()
    {
        _h.Issue("a");
        _h.Issue("a");
        _h.SignIn("loket-01");
        Engine.CallNext("loket-01");

        var a = Service(Center().Snapshot(), "a");

        Assert.Equal(1, a.Figures.Waiting);
        Assert.Equal(TimeSpan.FromMinutes(1), a.Figures.LongestWait);
    }

    [Fact]
    public void Snapshot_DesksInEveryState_CountsOpenIdlePausedAndClosed()
    {
        _h.Issue("a");
        _h.SignIn("loket-01", "o1");
        _h.SignIn("loket-02", "o2");
        _h.SignIn("loket-03", "o3");
        Engine.CallNext("loket-02");
        Engine.PauseDesk("loket-03", PauseReason.Break);

        var snapshot = Center().Snapshot();

        // Service A is served by desk 1 (idle) and desk 2 (busy); B only by desk 2; C only by desk 3 (paused).
        Assert.Equal((2, 1, 0, 0), Desks(Service(snapshot, "a").Figures));
        Assert.Equal((1, 0, 0, 0), Desks(Service(snapshot, "b").Figures));
        Assert.Equal((0, 0, 1, 0), Desks(Service(snapshot, "c").Figures));
        Assert.Equal((0, 0, 0, 1), Desks(Service(snapshot, "sk").Figures));

        // Each desk counts once in its agency, even when it serves two services.
        Assert.Equal((2, 1, 1, 0), Desks(Agency(snapshot, "disdukcapil").Figures));
        Assert.Equal((0, 0, 0, 1), Desks(Agency(snapshot, "polres").Figures));
        Assert.Equal((2, 1, 1, 1), Desks(snapshot.Totals));
    }

    [Fact]
    public void Snapshot_OfficerSignedOut_DeskIsClosed()
    {
        _h.SignIn("loket-01", "o1");
        Engine.SignOutOfDesk("loket-01", "o1");

        // Service A is served by desks 1 and 2: both closed now.
        Assert.Equal((0, 0, 0, 2), Desks(Service(Center().Snapshot(), "a").Figures));
    }

    [Fact]
    public void Snapshot_TicketsServedAndTransferred_CountsServedWhereServedAndQuotaWhereIssued()
    {
        _h.Issue("a");
        _h.Issue("a");
        _h.Issue("a");
        _h.SignIn("loket-01", "o1");
        _h.SignIn("loket-02", "o2");
        var first = Engine.CallNext("loket-01");
        Engine.Finish("loket-01", first.Id);
        var second = Engine.CallNext("loket-01");
        Engine.Transfer("loket-01", second.Id, "b");
        var moved = Engine.CallNext("loket-02");
        Engine.StartServing("loket-02", moved.Id);
        Engine.Finish("loket-02", moved.Id);

        var snapshot = Center().Snapshot();

        Assert.Equal(second.Id, moved.Id);
        Assert.Equal(1, Service(snapshot, "a").Figures.ServedToday);
        Assert.Equal(1, Service(snapshot, "b").Figures.ServedToday);
        Assert.Equal(497, Service(snapshot, "a").Figures.QuotaLeft);
        Assert.Equal(500, Service(snapshot, "b").Figures.QuotaLeft);
        Assert.Equal(2, snapshot.Totals.ServedToday);
        Assert.Equal(4 * 500 - 3, snapshot.Totals.QuotaLeft);
        Assert.Equal(4 * 500, snapshot.Totals.QuotaTotal);
    }

    [Fact]
    public void Snapshot_QuotaUsedUp_ShowsNoneLeftAndQuotaFull()
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s.Id == "a" ? s with { Quota = new DailyQuota(2) } : s));
        harness.Issue("a");
        harness.Issue("a");

        var a = Service(new CommandCenter(harness.Engine, _devices, harness.Clock).Snapshot(), "a");

        Assert.Equal(0, a.Figures.QuotaLeft);
        Assert.Equal(2, a.Figures.QuotaTotal);
        Assert.Equal(AvailabilityState.QuotaFull, a.State);
    }

    [Fact]
    public void Snapshot_BeforeOpening_SaysNotYetOpen()
    {
        var harness = new EngineHarness(localStart: new DateTime(2026, 11, 23, 7, 0, 0));

        var a = Service(new CommandCenter(harness.Engine, _devices, harness.Clock).Snapshot(), "a");

        Assert.Equal(AvailabilityState.NotYetOpen, a.State);
        Assert.Equal(500, a.Figures.QuotaLeft);
    }

    [Fact]
    public void Snapshot_YesterdaysTickets_AreNotCounted()
    {
        _h.Issue("a");
        _h.SignIn("loket-01");
        var served = Engine.CallNext("loket-01");
        Engine.Finish("loket-01", served.Id);
        _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromDays(1));

        var snapshot = Center().Snapshot();

        Assert.Equal(0, snapshot.Totals.Waiting);
        Assert.Equal(0, snapshot.Totals.ServedToday);
        Assert.Equal(500, Service(snapshot, "a").Figures.QuotaLeft);
        Assert.Equal(new DateOnly(2026, 11, 24), snapshot.Day);
        Assert.Empty(snapshot.Alerts);
    }

    [Fact]
    public void Snapshot_WaitExactlyAtStandard_RaisesNoAlert()
    {
        _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromMinutes(29));

        var snapshot = Center().Snapshot();

        Assert.Equal(TimeSpan.FromMinutes(30), Service(snapshot, "a").Figures.LongestWait);
        Assert.False(Service(snapshot, "a").OverStandard);
        Assert.Empty(snapshot.Alerts);
    }

    [Fact]
    public void Snapshot_WaitPastStandard_RaisesAlertForTheService()
    {
        _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromMinutes(30));

        var snapshot = Center().Snapshot();

        var alert = Assert.Single(snapshot.Alerts);
        Assert.Equal(CommandAlertKind.WaitOverStandard, alert.Kind);
        Assert.Equal("a", alert.Service?.Id);
        Assert.Equal("disdukcapil", alert.AgencyId);
        Assert.Equal(TimeSpan.FromMinutes(31), alert.For);
        Assert.Equal(TimeSpan.FromMinutes(30), alert.Limit);
        Assert.True(Service(snapshot, "a").OverStandard);
        Assert.Equal(1, Agency(snapshot, "disdukcapil").AlertCount);
        Assert.Equal(0, Agency(snapshot, "polres").AlertCount);
    }

    [Fact]
    public void Snapshot_ServiceWithItsOwnStandard_UsesIt()
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s.Id == "sk" ? s with { StandardWaitMinutes = 45 } : s));
        harness.Issue("a");
        harness.Issue("sk");
        harness.Clock.Advance(TimeSpan.FromMinutes(40));

        var alerts = new CommandCenter(harness.Engine, _devices, harness.Clock).Snapshot().Alerts;

        Assert.Equal("a", Assert.Single(alerts).Service?.Id);
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        alerts = new CommandCenter(harness.Engine, _devices, harness.Clock).Snapshot().Alerts;
        Assert.Equal(["a", "sk"], alerts.Select(a => a.Service?.Id));
    }

    [Fact]
    public void Snapshot_TwoServicesOverStandard_ListsTheMostOverdueFirst()
    {
        _h.Issue("sk");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromMinutes(40));

        var alerts = Center().Snapshot().Alerts;

        Assert.Equal(["sk", "a"], alerts.Select(a => a.Service?.Id));
    }

    [Fact]
    public void Snapshot_DeskPausedUpToThreshold_RaisesNoAlert()
    {
        _h.SignIn("loket-01");
        Engine.PauseDesk("loket-01", PauseReason.Prayer);
        _h.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Empty(Center().Snapshot().Alerts);
    }

    [Fact]
    public void Snapshot_DeskPausedPastThreshold_RaisesAlertWithTheReason()
    {
        _h.SignIn("loket-04", "p1");
        Engine.PauseDesk("loket-04", PauseReason.Meeting);
        _h.Clock.Advance(TimeSpan.FromMinutes(16));

        var alert = Assert.Single(Center().Snapshot().Alerts);

        Assert.Equal(CommandAlertKind.DeskPausedTooLong, alert.Kind);
        Assert.Equal("loket-04", alert.Desk?.Id);
        Assert.Equal("polres", alert.AgencyId);
        Assert.Equal(PauseReason.Meeting, alert.PauseReason);
        Assert.Equal(TimeSpan.FromMinutes(16), alert.For);
        Assert.Equal(TimeSpan.FromMinutes(15), alert.Limit);
    }

    [Fact]
    public void Snapshot_ThresholdFromOptions_AlertsSooner()
    {
        _h.SignIn("loket-01");
        Engine.PauseDesk("loket-01", PauseReason.Break);
        _h.Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Empty(Center().Snapshot().Alerts);
        var alert = Assert.Single(Center(new CommandOptions { PausedTooLongMinutes = 5 }).Snapshot().Alerts);
        Assert.Equal(TimeSpan.FromMinutes(5), alert.Limit);
    }

    [Fact]
    public void Snapshot_DeskResumed_AlertGoes()
    {
        _h.SignIn("loket-01");
        Engine.PauseDesk("loket-01", PauseReason.Break);
        _h.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Single(Center().Snapshot().Alerts);

        Engine.ResumeDesk("loket-01");

        Assert.Empty(Center().Snapshot().Alerts);
    }

    [Fact]
    public void Snapshot_PausedDeskWithNobodySignedIn_IsClosedWithoutAlert()
    {
        _h.SignIn("loket-01", "o1");
        Engine.PauseDesk("loket-01", PauseReason.Break, officerId: "o1");
        Engine.SignOutOfDesk("loket-01", "o1");
        _h.Clock.Advance(TimeSpan.FromMinutes(30));

        var snapshot = Center().Snapshot();

        Assert.Empty(snapshot.Alerts);
        Assert.Equal((0, 0, 0, 2), Desks(Service(snapshot, "a").Figures));
    }

    [Fact]
    public void Snapshot_DeviceSilentPastStaleWindow_RaisesAlert()
    {
        var screen = _devices.Register(new ScreenRegistration("TV Zona 1", "zona-1"), Engine.Catalog);
        var never = _devices.Register(new ScreenRegistration("TV baru", "zona-2"), Engine.Catalog);
        _devices.Seen(screen.Token, ScreenSound.Ready);
        _h.Clock.Advance(TimeSpan.FromSeconds(60));

        var fresh = Center().Snapshot();

        Assert.Empty(fresh.Alerts);
        Assert.Equal(new DeviceFigures(1, 0, 1), fresh.Devices);

        _h.Clock.Advance(TimeSpan.FromSeconds(30));
        var stale = Center().Snapshot();

        var alert = Assert.Single(stale.Alerts);
        Assert.Equal(CommandAlertKind.DeviceStale, alert.Kind);
        Assert.Equal(screen.Id, alert.Device?.Id);
        Assert.Equal(TimeSpan.FromSeconds(90), alert.For);
        Assert.Equal(TimeSpan.FromSeconds(60), alert.Limit);
        Assert.Equal(new DeviceFigures(0, 1, 1), stale.Devices);
        Assert.DoesNotContain(stale.Alerts, a => a.Device?.Id == never.Id);
    }

    [Fact]
    public void Snapshot_DeviceHeardAgain_AlertGoes()
    {
        var screen = _devices.Register(new ScreenRegistration("TV Zona 1", "zona-1"), Engine.Catalog);
        _devices.Seen(screen.Token, ScreenSound.Ready);
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(Center().Snapshot().Alerts);

        _devices.Seen(screen.Token, ScreenSound.Ready);

        Assert.Empty(Center().Snapshot().Alerts);
    }

    [Fact]
    public void Snapshot_AllKindsAtOnce_ListsWaitsThenQueuesThenDesksThenDevices()
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s.Id == "sk" ? s with { StandardQueueLength = 1 } : s));
        var devices = new ScreenRegistry(_deviceStore, harness.Clock, TimeSpan.FromSeconds(60));
        var screen = devices.Register(new ScreenRegistration("TV Zona 1", "zona-1"), harness.Engine.Catalog);
        devices.Seen(screen.Token, ScreenSound.Ready);
        harness.Issue("a");
        harness.Issue("sk");
        harness.Issue("sk");
        harness.SignIn("loket-01", "o1");
        harness.SignIn("loket-03", "o3");
        harness.Engine.PauseDesk("loket-03", PauseReason.Break);
        harness.Clock.Advance(TimeSpan.FromMinutes(45));

        var kinds = new CommandCenter(harness.Engine, devices, harness.Clock).Snapshot().Alerts.Select(a => a.Kind);

        // A and SK wait past their standard, SK's queue is past its length, desk 1 idles, desk 3 pauses, the TV is silent.
        Assert.Equal(
            [
                CommandAlertKind.WaitOverStandard, CommandAlertKind.WaitOverStandard, CommandAlertKind.QueueOverStandard,
                CommandAlertKind.DeskIdleWhileWaiting, CommandAlertKind.DeskPausedTooLong, CommandAlertKind.DeviceStale,
            ],
            kinds);
    }

    [Fact]
    public void Snapshot_DeskIdleWhilePeopleWait_AlertsOnlyPastTheLimitCountedFromWhenBothHeld()
    {
        _h.SignIn("loket-01");
        _h.Clock.Advance(TimeSpan.FromMinutes(20));
        _h.Issue("a");
        _h.Issue("a");

        // Idle since 08:00, but people wait only since 08:20: five minutes at 08:25 is not past the limit.
        _h.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Empty(Center().Snapshot().Alerts);

        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var alert = Assert.Single(Center().Snapshot().Alerts);

        Assert.Equal(CommandAlertKind.DeskIdleWhileWaiting, alert.Kind);
        Assert.Equal("loket-01", alert.Desk?.Id);
        Assert.Equal("disdukcapil", alert.AgencyId);
        Assert.Equal(2, alert.Waiting);
        Assert.Equal(TimeSpan.FromMinutes(6), alert.For);
        Assert.Equal(TimeSpan.FromMinutes(5), alert.Limit);
        Assert.Equal(1, Agency(Center().Snapshot(), "disdukcapil").AlertCount);
    }

    [Fact]
    public void Snapshot_DeskIdleWithNobodyWaitingForItsServices_RaisesNoAlert()
    {
        _h.SignIn("loket-03", "o3");
        _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromMinutes(20));

        // Desk 3 serves only C; the A ticket waits for desks 1 and 2, which are closed.
        Assert.Empty(Center().Snapshot().Alerts);
    }

    [Fact]
    public void Snapshot_DeskPausedWhilePeopleWait_RaisesNoIdleAlertAndCountsFromTheResume()
    {
        _h.SignIn("loket-01");
        _h.Issue("a");
        Engine.PauseDesk("loket-01", PauseReason.Prayer);
        _h.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Empty(Center().Snapshot().Alerts);

        Engine.ResumeDesk("loket-01");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(Center().Snapshot().Alerts);

        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromMinutes(6), Assert.Single(Center().Snapshot().Alerts).For);
    }

    [Fact]
    public void Snapshot_DeskBusyWhilePeopleWait_RaisesNoIdleAlert()
    {
        _h.SignIn("loket-01");
        _h.Issue("a");
        _h.Issue("a");
        Engine.CallNext("loket-01");
        _h.Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Empty(Center().Snapshot().Alerts);
    }

    [Fact]
    public void Snapshot_DeskIdleAfterFinishing_CountsFromTheLastFinish()
    {
        _h.SignIn("loket-01");
        _h.Issue("a");
        _h.Issue("a");
        var first = Engine.CallNext("loket-01");
        _h.Clock.Advance(TimeSpan.FromMinutes(10));
        Engine.Finish("loket-01", first.Id);

        // The second visitor has waited sixteen minutes, but the desk has been free for five.
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(Center().Snapshot().Alerts);

        _h.Clock.Advance(TimeSpan.FromMinutes(2));
        var alert = Assert.Single(Center().Snapshot().Alerts);
        Assert.Equal(TimeSpan.FromMinutes(7), alert.For);
        Assert.Equal(1, alert.Waiting);
    }

    [Fact]
    public void Snapshot_TicketTransferredToAnIdleDesksService_CountsFromTheTransfer()
    {
        _h.SignIn("loket-01", "o1");
        _h.SignIn("loket-03", "o3");
        _h.Issue("a");
        var ticket = Engine.CallNext("loket-01");
        _h.Clock.Advance(TimeSpan.FromMinutes(20));
        Engine.Transfer("loket-01", ticket.Id, "c");

        // Desk 3 has been idle since 08:00 and the ticket was issued at 08:00, but it waits for C only since 08:21.
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(Center().Snapshot().Alerts);

        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var alert = Assert.Single(Center().Snapshot().Alerts);
        Assert.Equal("loket-03", alert.Desk?.Id);
        Assert.Equal(TimeSpan.FromMinutes(6), alert.For);
    }

    [Fact]
    public void Snapshot_IdleThresholdFromOptions_AlertsSoonerAndIsClampedToAMinute()
    {
        _h.SignIn("loket-01");
        _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(Center().Snapshot().Alerts);
        Assert.Equal(TimeSpan.FromMinutes(1), Assert.Single(Center(new CommandOptions { IdleWhileWaitingMinutes = 0 }).Snapshot().Alerts).Limit);
    }

    [Fact]
    public void Snapshot_QueueAtAndAboveItsLengthStandard_AlertsOnlyAbove()
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s.Id == "a" ? s with { StandardQueueLength = 2 } : s));
        harness.Issue("a");
        harness.Issue("a");
        for (var i = 0; i < 5; i++)
        {
            harness.Issue("b");
        }

        var center = new CommandCenter(harness.Engine, _devices, harness.Clock);
        Assert.Empty(center.Snapshot().Alerts);
        Assert.False(Service(center.Snapshot(), "a").OverQueueStandard);

        harness.Issue("a");
        var snapshot = center.Snapshot();

        var alert = Assert.Single(snapshot.Alerts);
        Assert.Equal(CommandAlertKind.QueueOverStandard, alert.Kind);
        Assert.Equal("a", alert.Service?.Id);
        Assert.Equal("disdukcapil", alert.AgencyId);
        Assert.Equal(3, alert.Waiting);
        Assert.Equal(2, alert.WaitingLimit);
        Assert.True(Service(snapshot, "a").OverQueueStandard);
        Assert.False(Service(snapshot, "b").OverQueueStandard);
    }

    [Fact]
    public void Snapshot_TwoQueuesOverStandard_ListsTheLongestPastItFirst()
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s with { StandardQueueLength = 1 }));
        harness.Issue("a");
        harness.Issue("a");
        harness.Issue("b");
        harness.Issue("b");
        harness.Issue("b");

        var alerts = new CommandCenter(harness.Engine, _devices, harness.Clock).Snapshot().Alerts;

        Assert.Equal(["b", "a"], alerts.Select(a => a.Service?.Id));
    }

    [Fact]
    public void Snapshot_ScopedToAgency_ShowsOnlyItsQueueAndIdleAlerts()
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s with { StandardQueueLength = 1 }));
        harness.SignIn("loket-01", "o1");
        harness.SignIn("loket-04", "p1");
        harness.Issue("a");
        harness.Issue("a");
        harness.Issue("sk");
        harness.Issue("sk");
        var first = harness.Engine.CallNext("loket-04");
        harness.Engine.Finish("loket-04", first.Id);
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        var center = new CommandCenter(harness.Engine, _devices, harness.Clock);

        var polres = center.Snapshot("polres");
        var dukcapil = center.Snapshot("disdukcapil");

        Assert.Equal([(CommandAlertKind.DeskIdleWhileWaiting, "loket-04")], polres.Alerts.Select(a => (a.Kind, a.Desk?.Id ?? a.Service!.Id)));
        Assert.Equal(
            [(CommandAlertKind.QueueOverStandard, "a"), (CommandAlertKind.DeskIdleWhileWaiting, "loket-01")],
            dukcapil.Alerts.Select(a => (a.Kind, a.Desk?.Id ?? a.Service!.Id)));
        Assert.Equal(3, center.Snapshot().Alerts.Length);
    }

    [Fact]
    public void Snapshot_ScopedToAgency_ShowsOnlyItsServicesDesksDevicesAndAlerts()
    {
        var zoneScreen = _devices.Register(new ScreenRegistration("TV Zona 1", "zona-1"), Engine.Catalog);
        var polresScreen = _devices.Register(new ScreenRegistration("Loket 4", string.Empty, ScreenKind.Desk, "loket-04"), Engine.Catalog);
        var dukcapilScreen = _devices.Register(new ScreenRegistration("Loket 1", string.Empty, ScreenKind.Desk, "loket-01"), Engine.Catalog);
        foreach (var screen in new[] { zoneScreen, polresScreen, dukcapilScreen })
        {
            _devices.Seen(screen.Token, ScreenSound.Ready);
        }

        _h.Issue("a");
        _h.Issue("sk");
        _h.SignIn("loket-01", "o1");
        _h.Clock.Advance(TimeSpan.FromMinutes(40));

        var snapshot = Center().Snapshot("polres");

        var agency = Assert.Single(snapshot.Agencies);
        Assert.Equal("polres", agency.Agency.Id);
        Assert.Equal(["sk"], agency.Services.Select(s => s.Service.Id));
        Assert.Equal("polres", snapshot.AgencyScope);
        Assert.Equal(1, snapshot.Totals.Waiting);
        Assert.Equal((0, 0, 0, 1), Desks(snapshot.Totals));
        Assert.Equal(500, snapshot.Totals.QuotaTotal);
        Assert.Equal(new DeviceFigures(0, 1, 0), snapshot.Devices);
        Assert.Equal(
            [(CommandAlertKind.WaitOverStandard, "sk"), (CommandAlertKind.DeviceStale, polresScreen.Id)],
            snapshot.Alerts.Select(a => (a.Kind, a.Service?.Id ?? a.Device!.Id)));
    }

    [Fact]
    public void Snapshot_UnknownAgency_ShowsNothingRatherThanEverything()
    {
        _h.Issue("a");

        var snapshot = Center().Snapshot("no-such-agency");

        Assert.Empty(snapshot.Agencies);
        Assert.Equal(0, snapshot.Totals.Waiting);
        Assert.Empty(snapshot.Alerts);
    }

    [Fact]
    public void Snapshot_InactiveServiceWithoutTickets_IsLeftOut()
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s.Id == "c" ? s with { Active = false } : s));

        var agency = Agency(new CommandCenter(harness.Engine, _devices, harness.Clock).Snapshot(), "disdukcapil");

        Assert.Equal(["a", "b"], agency.Services.Select(s => s.Service.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Snapshot_AfterMoves_ReadsTheEngineAnew()
    {
        var center = Center();
        Assert.Equal(0, center.Snapshot().Totals.Waiting);

        var ticket = _h.Issue("a");
        Assert.Equal(1, center.Snapshot().Totals.Waiting);

        _h.SignIn("loket-01");
        Engine.CallNext("loket-01");
        var snapshot = center.Snapshot();
        Assert.Equal(0, snapshot.Totals.Waiting);
        Assert.Equal((1, 0, 0, 1), Desks(Service(snapshot, "a").Figures));
        Engine.Finish("loket-01", ticket.Id);
        Assert.Equal(1, center.Snapshot().Totals.ServedToday);
    }

    private CommandCenter Center(CommandOptions? options = null) => new(Engine, _devices, _h.Clock, options);

    private static ServiceSnapshot Service(BuildingSnapshot snapshot, string serviceId) =>
        snapshot.Agencies.SelectMany(a => a.Services).Single(s => s.Service.Id == serviceId);

    private static AgencySnapshot Agency(BuildingSnapshot snapshot, string agencyId) =>
        snapshot.Agencies.Single(a => a.Agency.Id == agencyId);

    private static (int Open, int Idle, int Paused, int Closed) Desks(CommandFigures figures) =>
        (figures.DesksOpen, figures.DesksIdle, figures.DesksPaused, figures.DesksClosed);
}
