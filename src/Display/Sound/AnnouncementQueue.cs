using System.Runtime.CompilerServices;
using System.Threading.Channels;
using MppQueue.Core;
using MppQueue.Display.Boards;

namespace MppQueue.Display.Sound;

/// <summary>
/// The calls a screen has heard and not announced yet, in the order heard. The notifier hands events in on the
/// engine's thread, inside its gate, so <see cref="Offer"/> only filters and queues; the screen's own loop takes
/// them out as announcements, deciding with the screen's settings as they are by then (a supervisor may have muted
/// it a moment ago). Calls up to <see cref="Floor"/> were history when the screen opened and are never announced.
/// </summary>
public sealed class AnnouncementQueue(long floor)
{
    private readonly Channel<QueueEvent> _calls = Channel.CreateUnbounded<QueueEvent>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The last sequence already made when the screen opened (or reloaded).</summary>
    public long Floor => floor;

    /// <summary>Queues a call after the floor that the screen hears; true when it was queued.</summary>
    public bool Offer(QueueEvent queueEvent, Func<QueueEvent, bool> hears)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        ArgumentNullException.ThrowIfNull(hears);
        return Calls.IsCall(queueEvent.Kind) && queueEvent.Sequence > floor && hears(queueEvent) && _calls.Writer.TryWrite(queueEvent);
    }

    /// <summary>The announcements of the queued calls, one by one as they come, for the screen as it is when each is taken.</summary>
    public async IAsyncEnumerable<AnnouncementMessage> TakeAsync(Func<ScreenDevice?> screen, [EnumeratorCancellation] CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(screen);
        await foreach (var queueEvent in _calls.Reader.ReadAllAsync(stop))
        {
            if (Announcements.For(queueEvent, screen(), floor) is { } announcement)
            {
                yield return announcement;
            }
        }
    }

    /// <summary>No more calls: <see cref="TakeAsync"/> ends once the queued ones are taken.</summary>
    public void Close() => _calls.Writer.TryComplete();
}
