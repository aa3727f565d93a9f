namespace MppQueue.Core;

/// <summary>
/// Changes that other nodes of the site keep a copy of and that have no journal entry: when one node makes such a change
/// (it is in the store already) it announces it, and every other node is told, so that it reads the store again
/// (docs/adr/0022-two-nodes-one-database.md). Only a store several nodes share has it (PostgreSQL, where it goes with
/// the moves' notices); on one process there is none, and nothing needs telling.
/// </summary>
public interface ISharedChanges
{
    /// <summary>Tells the other nodes that this one changed <paramref name="change"/>.</summary>
    void Announce(SharedChange change);

    /// <summary>
    /// Calls <paramref name="changed"/> (on a thread of the port's own) when another node announced
    /// <paramref name="change"/>, and after a lost connection to the others, in case one was missed meanwhile.
    /// </summary>
    void Subscribe(SharedChange change, Action changed);
}

/// <summary>What <see cref="ISharedChanges"/> tells the other nodes about.</summary>
public enum SharedChange
{
    /// <summary>An officer's account (added, disabled, a new password or role): read the accounts again.</summary>
    Accounts,

    /// <summary>A webhook subscription (made, deleted, paused, replayed, tested): read the subscriptions again.</summary>
    Webhooks,
}
