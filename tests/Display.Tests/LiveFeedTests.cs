using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Core;
using MppQueue.Display.Live;

namespace MppQueue.Display.Tests;

/// <summary>The one source of /live's event stream: frames built once per move while someone watches, and only then.</summary>
public sealed class LiveFeedTests : DisplayTestBase
{
    [Fact]
    public async Task Moves_WithNobodyWatching_BuildNothing_TheFirstViewerGetsTheBuildingAsItIsNow()
    {
        using var feed = new LiveFeed(Engine, Notifier, Time, Microsoft.Extensions.Options.Options.Create(new LiveOptions { CoalesceMilliseconds = 0 }), NullLogger<LiveFeed>.Instance);
        await feed.StartAsync(CancellationToken.None);
        try
        {
            var desk = DeskFor("ktp-el");
            Engine.Issue(new IssueRequest("ktp-el"));
            Engine.Issue(new IssueRequest("ktp-el"));
            var built = feed.Built;

            // Nobody on /live: the moves only mark the frame stale.
            var first = Engine.CallNext(desk.Id);
            Eventually(() => Assert.True(feed.IsStale));
            Assert.Equal(built, feed.Built);

            // The first viewer gets a frame built now, with the call in it. The loop may still be waking for the call
            // and, seeing a viewer, build it too: one frame or two, never none.
            using var viewer = feed.Watch();
            Eventually(() => Assert.Contains(first.Number.ToString(), Encoding.UTF8.GetString(feed.Current.Indonesian.Span), StringComparison.Ordinal));
            Assert.InRange(feed.Built, built + 1, built + 2);

            // While someone watches, every move is built and published.
            Engine.Finish(desk.Id, first.Id);
            var second = Engine.CallNext(desk.Id);
            Eventually(() => Assert.Contains(second.Number.ToString(), Encoding.UTF8.GetString(feed.Current.Indonesian.Span), StringComparison.Ordinal));
            Assert.False(feed.IsStale);
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
    }
}
