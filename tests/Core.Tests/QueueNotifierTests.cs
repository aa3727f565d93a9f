namespace MppQueue.Core.Tests;

public class QueueNotifierTests
{
    private static QueueEvent Event(long sequence) => new(sequence, QueueEventKind.TicketIssued, DateTimeOffset.UnixEpoch, null, null, null);

    [Fact]
    public void Publish_AfterUnsubscribe_IsNotHeard()
    {
        var notifier = new QueueNotifier();
        var heard = new List<long>();
        var subscription = notifier.Subscribe(e => heard.Add(e.Sequence));

        notifier.Publish(Event(1));
        subscription.Dispose();
        subscription.Dispose();
        notifier.Publish(Event(2));

        Assert.Equal([1L], heard);
        Assert.Equal(0, notifier.HandlerCount);
    }

    [Fact]
    public void Publish_ThrowingHandlers_OthersStillHearEveryEventInOrder()
    {
        var notifier = new QueueNotifier();
        var heard = new List<long>();
        var failures = 0;
        notifier.HandlerFailed += _ => failures++;
        notifier.Subscribe(_ => throw new InvalidOperationException("first"));
        notifier.Subscribe(e => heard.Add(e.Sequence));
        notifier.Subscribe(_ => throw new InvalidOperationException("third"));

        notifier.Publish(Event(1));
        notifier.Publish(Event(2));

        Assert.Equal([1L, 2], heard);
        Assert.Equal(4, failures);
    }
}
