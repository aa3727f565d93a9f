namespace MppQueue.Core;

/// <summary>
/// Which node of an installation does the background work that must happen once per site (bookings' upkeep, notices,
/// webhooks, complaints' forwarding): the one holding this lease. A single process always holds it
/// (<see cref="SingleProcessLease"/>); on PostgreSQL the nodes contend for a database lock, and the others take over
/// within seconds when its holder stops or loses its connection.
/// </summary>
public interface ILeaderLease
{
    /// <summary>Whether this node holds the lease now.</summary>
    bool IsLeader { get; }

    /// <summary>
    /// Waits until this node holds the lease; the token it answers is cancelled when the node loses it again (the work
    /// started for that term must then stop).
    /// </summary>
    Task<CancellationToken> AcquireAsync(CancellationToken cancellationToken);
}
