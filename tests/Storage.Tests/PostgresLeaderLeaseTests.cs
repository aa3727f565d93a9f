using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;

namespace MppQueue.Storage.Tests;

/// <summary>Two nodes' leases on one database: one leader at a time, and the other takes over when the leader goes.</summary>
public sealed class PostgresLeaderLeaseTests
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Acquire_TwoNodes_OneLeadsUntilItIsDisposedThenTheOtherTakesOver()
    {
        using var database = new PostgresDatabase(PostgresTestServer.Shared.CreateDatabase("lease"));
        var a = new PostgresLeaderLease(database, Retry);
        var b = new PostgresLeaderLease(database, Retry);
        try
        {
            var onA = a.AcquireAsync(CancellationToken.None);
            var onB = b.AcquireAsync(CancellationToken.None);
            var first = await Task.WhenAny(onA, onB).WaitAsync(Patience);
            var (leader, follower, followerWaits) = first == onA ? (a, b, onB) : (b, a, onA);

            // Give the follower many tries at the lock: it must keep failing while the leader holds it.
            await Task.Delay(Retry * 10);
            Assert.True(leader.IsLeader);
            Assert.False(follower.IsLeader);
            Assert.False(followerWaits.IsCompleted);

            var term = await first;
            leader.Dispose();
            var next = await followerWaits.WaitAsync(Patience);

            Assert.True(term.IsCancellationRequested);
            Assert.True(follower.IsLeader);
            Assert.False(next.IsCancellationRequested);
        }
        finally
        {
            a.Dispose();
            b.Dispose();
        }
    }
}
