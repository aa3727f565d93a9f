namespace MppQueue.Core;

/// <summary>One move's hold on the site across nodes (see <see cref="IMoveScopes"/>).</summary>
public interface IMoveScope : IDisposable
{
    /// <summary>The journal entries other nodes committed since this node last looked, in commit order.</summary>
    IReadOnlyList<JournalEntry> Missed { get; }
}
