namespace MppQueue.Core;

/// <summary>The lease of an installation that is one process (LiteDB): held from the start, never lost.</summary>
public sealed class SingleProcessLease : ILeaderLease
{
    public bool IsLeader => true;

    public Task<CancellationToken> AcquireAsync(CancellationToken cancellationToken) => Task.FromResult(CancellationToken.None);
}
