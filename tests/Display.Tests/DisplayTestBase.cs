using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Display.Components;
using MppQueue.Display.Media;

namespace MppQueue.Display.Tests;

/// <summary>
/// The component ground plus what wall screens need: their options (a 10 s beat, 8 s highlight), the registry of
/// screens on the same in-memory store, no media folder, and screen.js as a module whose calls can be read back.
/// </summary>
public abstract class DisplayTestBase : ComponentTestBase
{
    // Live updates go through the thread pool; on a busy two-core machine one second is sometimes not enough.
    static DisplayTestBase() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected DisplayTestBase()
    {
        Options = new DisplayOptions();
        Registry = new ScreenRegistry(Store, Time, Options.StaleAfter);
        Services.AddSingleton<IOptions<DisplayOptions>>(Microsoft.Extensions.Options.Options.Create(Options));
        Services.AddSingleton(Registry);
        Services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        Services.AddSingleton<MediaLibrary>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new Live.LiveOptions()));
        Screen = JSInterop.SetupModule(ScreenAgent.ModulePath);
    }

    protected DisplayOptions Options { get; }

    protected ScreenRegistry Registry { get; }

    /// <summary>screen.js as the page sees it: its calls (announce, beat, start) are recorded here.</summary>
    protected BunitJSModuleInterop Screen { get; }

    protected ScreenDevice RegisterScreen(bool speaker = true, NumberReading reading = NumberReading.WholeNumber, string zoneId = "zona-1") =>
        Registry.Register(new ScreenRegistration("TV uji", zoneId, IsSpeaker: speaker, Reading: reading), Engine.Catalog);

    protected ScreenDevice RegisterDeskScreen(string deskId, bool speaker = true) =>
        Registry.Register(new ScreenRegistration("TV loket", string.Empty, ScreenKind.Desk, deskId, speaker), Engine.Catalog);

    /// <summary>The announcements screen.js was asked to play, in order.</summary>
    protected IReadOnlyList<Sound.AnnouncementMessage> Announced() =>
        [.. Screen.Invocations["announce"].Select(i => (Sound.AnnouncementMessage)i.Arguments[0]!)];

    /// <summary>Opens a page as a registered screen does: its address carries the device token (?device=…).</summary>
    protected void OpenAsScreen(string path, ScreenDevice screen) =>
        Services.GetRequiredService<NavigationManager>().NavigateTo(path + "?device=" + Uri.EscapeDataString(screen.Token));

    /// <summary>A property of an anonymous object passed to screen.js ({ floor, speaker, periodSeconds }).</summary>
    protected static object? Property(object? argument, string name) => argument?.GetType().GetProperty(name)?.GetValue(argument);

    protected Ticket IssueAndCall(string serviceId, string deskId)
    {
        Engine.Issue(new IssueRequest(serviceId));
        return Engine.CallNext(deskId);
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "MppQueue.Display.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
