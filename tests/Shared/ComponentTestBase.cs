using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using MppQueue.Core;
using MppQueue.Storage;
using MppQueue.Ui;

namespace MppQueue.ComponentTesting;

/// <summary>
/// The ground every component test stands on (linked into each screen's test project): MudBlazor's services,
/// loose JS interop, the demo MPP in an in-memory store behind every port, a real engine and notifier with the rest
/// of Core's services (AddQueueCore), and a clock stopped on a Monday at 09:00 WIB, with the screens in Indonesian
/// unless a test says otherwise.
/// </summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    public static readonly DateTimeOffset OpenMonday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    // Live updates go through the thread pool; on a busy two-core machine (the browser tests run beside these) bUnit's
    // one-second default for WaitFor* is sometimes not enough, as DisplayTestBase found first.
    static ComponentTestBase() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected ComponentTestBase()
        : this(OpenMonday)
    {
    }

    protected ComponentTestBase(DateTimeOffset now)
    {
        UseCulture("id");
        Store = new LiteQueueStore(LiteQueueStore.InMemory);
        CatalogEditor.SeedIfEmpty(Store, DemoMpp.Build(), DemoMpp.Officers());
        Time = new FakeTimeProvider(now);
        Notifier = new QueueNotifier();
        Engine = new QueueEngine(Store, Time, Notifier);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Logos = new SiteLogoService(Store, Store, Time);
        Services.AddSingleton(Engine);
        Services.AddSingleton(Logos);
        Services.AddSingleton(Notifier);
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton<IQueueStore>(Store);
        Services.AddSingleton<ISurveyStore>(Store);
        Services.AddSingleton<IDeviceStore>(Store);
        Services.AddSingleton<IReportStore>(Store);
        Services.AddSingleton<IStaffStore>(Store);
        Services.AddSingleton<ISiteLogoStore>(Store);
        Services.AddSingleton(Secret);
        Services.AddSingleton<IComplaintStore>(Store);
        Complaints = new ComplaintForwarder(Engine, Store, Store, ComplaintHttp, new ComplaintOptions { AllowHttp = true, AllowLoopback = true }, Time, NullLogger<ComplaintForwarder>.Instance);
        Services.AddSingleton(Complaints);

        // The rest of Core as the host has it (registry, Command Center, survey, reports, editor), on these.
        Services.AddQueueCore();
        Services.AddUi();
    }

    /// <summary>The secret of the NIK hashes, as the host keeps one beside the data file.</summary>
    protected static BookingSecret Secret { get; } = new(new string('s', 40));

    protected LiteQueueStore Store { get; }

    /// <summary>The complaint forwarder on <see cref="Store"/> (no endpoint is called unless a test sets one up).</summary>
    protected ComplaintForwarder Complaints { get; }

    private HttpClient ComplaintHttp { get; } = new();

    protected FakeTimeProvider Time { get; }

    protected QueueNotifier Notifier { get; }

    protected QueueEngine Engine { get; }

    /// <summary>The MPP's logo (none until a test uploads one), on the same store.</summary>
    protected SiteLogoService Logos { get; }

    protected static void UseCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>
    /// Waits until an assertion about something other than the markup holds: a call into JS, the address, the
    /// engine, a snackbar. bUnit's WaitForAssertion only checks again when the component renders, and these can
    /// change after its last render (a wall screen announces from its own loop), so this checks on a short beat.
    /// </summary>
    protected static void Eventually(Action assertion, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWaitTimeout);
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>The first active desk that serves a service.</summary>
    protected Desk DeskFor(string serviceId) =>
        Engine.Catalog.Desks.Values.Where(d => d.Active && d.ServiceIds.Contains(serviceId)).OrderBy(d => d.Number).First();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only asynchronously disposable: xUnit disposes them here, before Dispose.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Complaints.Dispose();
            ComplaintHttp.Dispose();
            Store.Dispose();
        }
    }
}
