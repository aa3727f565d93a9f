using MppQueue.Core;

namespace MppQueue.Core.Tests;

/// <summary>The line in front of the engine's gate: callers wait without a thread, in arrival order, one move at a time.</summary>
public sealed class MoveLineTests
{
    [Fact]
    public async Task RunAsync_ManyCallersWhileAMoveRuns_TheyMoveOneAtATimeInArrivalOrder()
    {
        var line = new MoveLine();
        using var release = new ManualResetEventSlim();
        var order = new List<int>();
        var inside = 0;
        var overlapped = false;
        var first = line.RunAsync(() =>
        {
            release.Wait();
            return 0;
        });

        // Queued while the first move holds the line: none of them may start before it ends.
        var queued = Enumerable.Range(1, 300).Select(i => line.RunAsync(() =>
        {
            overlapped |= Interlocked.Increment(ref inside) > 1;
            order.Add(i);
            Interlocked.Decrement(ref inside);
            return i;
        })).ToList();
        Assert.Empty(order);

        release.Set();
        await first;
        var results = await Task.WhenAll(queued);

        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(1, 300), order);
        Assert.Equal(Enumerable.Range(1, 300), results);
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeItsTurn_MakesNoMoveAndTheLineGoesOn()
    {
        var line = new MoveLine();
        using var release = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var moved = false;
        var first = line.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)));
        var cancelled = line.RunAsync(() => moved = true, cancel.Token);
        var after = line.RunAsync(() => 42);

        cancel.Cancel();
        release.Set();

        Assert.True(await first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(42, await after);
        Assert.False(moved);
    }
}
