using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The wall screens over HTTP: open to any browser in the hall, the list of screens only to supervisors, the media
/// folder and nothing beside it. The tests that only read, or register their own screen and look at it, share one
/// started server, and those of the media folder another; the list of screens starts its own.
/// </summary>
public sealed class DisplayEndpointTests(SharedHost host, DisplayEndpointTests.MediaHost media)
    : IClassFixture<SharedHost>, IClassFixture<DisplayEndpointTests.MediaHost>
{
    /// <summary>A server whose media folder holds a slide, a logo and a file that is not an image.</summary>
    public sealed class MediaHost : SharedHost
    {
        private readonly string _media;

        public MediaHost()
            : this(Path.Combine(Path.GetTempPath(), "mppqueue-media-" + Guid.NewGuid().ToString("N")))
        {
        }

        private MediaHost(string folder)
            : base(new Dictionary<string, string> { ["MppQueue:Display:MediaFolder"] = folder })
        {
            _media = folder;
            Directory.CreateDirectory(_media);
            File.WriteAllText(Path.Combine(_media, "01-welcome.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            File.WriteAllText(Path.Combine(_media, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>");
            File.WriteAllText(Path.Combine(_media, "notes.txt"), "not an image");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            try
            {
                Directory.Delete(_media, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    [Fact]
    public async Task Get_ScreenList_BySupervisor_ListsTheRegisteredScreens()
    {
        using var factory = new MppQueueFactory();
        factory.Services.GetRequiredService<ScreenRegistry>().Register(new ScreenRegistration("TV lobi zona 1", "zona-1", IsSpeaker: true), factory.Engine.Catalog);
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        using var response = await supervisor.GetAsync("/display/screens");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Layar di dinding", page, StringComparison.Ordinal);
        Assert.Contains("TV lobi zona 1", page, StringComparison.Ordinal);
        Assert.Contains("Belum pernah tersambung", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RegisteredScreenAddress_Anonymous_ShowsTheZoneWithItsWatchdog()
    {
        var factory = host.Factory;
        var screen = factory.Services.GetRequiredService<ScreenRegistry>().Register(new ScreenRegistration("TV", "zona-1"), factory.Engine.Catalog);
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/display/zona-1?device=" + screen.Token);

        Assert.Contains("Belum ada panggilan", page, StringComparison.Ordinal);
        Assert.Contains("data-mpp-watchdog=\"10\"", page, StringComparison.Ordinal);
        Assert.Contains("_content/MppQueue.Display/display.css", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeskScreen_Anonymous_ShowsTheDesk()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/display/desk/loket-03");

        Assert.Contains("Loket 3", page, StringComparison.Ordinal);
        Assert.Contains("Loket tutup", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ClipOfTheCall_IsServedAsOgg()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/_content/MppQueue.Display/audio/id/silakan-menuju-loket.ogg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OggS", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Fact]
    public async Task Get_Media_ImageOfTheFolder_IsServed_AnythingElseIsNotFound()
    {
        var factory = media.Factory;
        using var client = factory.CreateClient();

        using var slide = await client.GetAsync("/display-media/01-welcome.svg");
        using var text = await client.GetAsync("/display-media/notes.txt");
        using var outside = await client.GetAsync("/display-media/..%2Fappsettings.json");
        using var missing = await client.GetAsync("/display-media/02-missing.png");

        Assert.Equal(HttpStatusCode.OK, slide.StatusCode);
        Assert.Equal("image/svg+xml", slide.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, text.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Get_ZoneScreen_MediaFolderSet_ShowsTheLogoAndASlide()
    {
        var factory = media.Factory;
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/display/zona-1");

        Assert.Contains("src=\"/display-media/logo.svg?v=", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/display-media/01-welcome.svg?v=", page, StringComparison.Ordinal);
        Assert.Contains("with-media", page, StringComparison.Ordinal);
    }
}
