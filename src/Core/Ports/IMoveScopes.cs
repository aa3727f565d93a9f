namespace MppQueue.Core;

/// <summary>
/// Where the engine's moves are serialised beyond its own process, when more than one node serves the site from one
/// store (docs/adr/0022-two-nodes-one-database.md). The engine enters a scope around each move, inside its own gate:
/// the scope waits until no other node is moving, and says what the other nodes committed since this node last looked,
/// so the engine applies that first and decides on the whole picture. An engine on a store that only one process opens
/// (LiteDB) has none, and its moves cost nothing more.
/// </summary>
public interface IMoveScopes
{
    /// <summary>
    /// Called once by the engine before it loads the day: everything committed until now is in what it loads, so the
    /// journal's end is where the node's catching up starts. <paramref name="othersMoved"/> is called (on a thread of
    /// the port's own) when another node may have committed a move, and every few seconds in case a wake-up was lost;
    /// <paramref name="catalogChanged"/> when another node changed the site's configuration.
    /// </summary>
    void Start(Action othersMoved, Action catalogChanged);

    /// <summary>Tells the other nodes that this one changed the site's configuration (it is in the store already).</summary>
    void AnnounceCatalogChanged();

    /// <summary>Waits until this node may move on the site; dispose the scope, after the move's writes, to let the others in.</summary>
    IMoveScope Enter();

    /// <summary>What other nodes committed since this node last looked, without waiting for the site (for following them between moves).</summary>
    IReadOnlyList<JournalEntry> ReadMissed();
}
