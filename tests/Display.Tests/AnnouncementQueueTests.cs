using MppQueue.Core;
using MppQueue.Display.Sound;

namespace MppQueue.Display.Tests;

/// <summary>The calls a screen queues for announcing, without rendering: the floor, what it hears, the order, its settings then.</summary>
public class AnnouncementQueueTests : DisplayTestBase
{
    private Ticket? _called;

    [Fact]
    public void Offer_CallAtOrBelowTheFloor_IsNotQueued()
    {
        var queue = new AnnouncementQueue(floor: 10);

        Assert.False(queue.Offer(Call(9), _ => true));
        Assert.False(queue.Offer(Call(10), _ => true));
        Assert.True(queue.Offer(Call(11), _ => true));
    }

    [Fact]
    public void Offer_MoveThatIsNoCall_IsNotQueued()
    {
        var queue = new AnnouncementQueue(floor: 0);

        Assert.False(queue.Offer(Call(5, QueueEventKind.TicketFinished), _ => true));
        Assert.True(queue.Offer(Call(6, QueueEventKind.TicketRecalled), _ => true));
        Assert.True(queue.Offer(Call(7, QueueEventKind.TicketResumed), _ => true));
    }

    [Fact]
    public void Offer_CallTheScreenDoesNotHear_IsNotQueued()
    {
        var queue = new AnnouncementQueue(floor: 0);

        Assert.False(queue.Offer(Call(5), e => e.ZoneId == "zona-2"));
    }

    [Fact]
    public async Task Take_SpeakerScreen_AnnouncesTheQueuedCallsInTheOrderHeard()
    {
        var screen = RegisterScreen(speaker: true);
        var queue = new AnnouncementQueue(floor: 0);
        queue.Offer(Call(3), _ => true);
        queue.Offer(Call(4), _ => true);
        queue.Close();

        var announced = await Take(queue, () => screen);

        Assert.Equal([3L, 4L], announced.Select(a => a.Sequence));
        Assert.All(announced, a => Assert.Contains("silakan-menuju-loket", a.Clips));
    }

    [Fact]
    public async Task Take_ScreenMutedAfterTheCallWasHeard_AnnouncesNothing()
    {
        var speaker = RegisterScreen(speaker: true);
        var queue = new AnnouncementQueue(floor: 0);
        queue.Offer(Call(3), _ => true);
        queue.Close();
        Registry.ChangeSettings(speaker.Id, new ScreenSettings(speaker.Name, IsSpeaker: false, speaker.Reading, UseBrowserSpeech: false));

        var announced = await Take(queue, () => Registry.FindByToken(speaker.Token));

        Assert.Empty(announced);
    }

    private static async Task<List<AnnouncementMessage>> Take(AnnouncementQueue queue, Func<ScreenDevice?> screen)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var announced = new List<AnnouncementMessage>();
        await foreach (var announcement in queue.TakeAsync(screen, stop.Token))
        {
            announced.Add(announcement);
        }

        return announced;
    }

    // Events as the notifier hands them on, made up around one real call (only their sequence and kind differ).
    private QueueEvent Call(long sequence, QueueEventKind kind = QueueEventKind.TicketCalled)
    {
        _called ??= IssueAndCall("ktp-el", "loket-03");
        var desk = Engine.Catalog.FindDesk("loket-03")!;
        return new QueueEvent(sequence, kind, Time.GetUtcNow(), _called, desk, desk.ZoneId);
    }
}
