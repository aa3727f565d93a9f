using MppQueue.Core;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IBackupSource"/>: a copy of the data file taken under the store's one lock (ADR 2). While the lock is
/// held no write can begin, and the checkpoint has moved every committed page from the log into the data file,
/// so the data file alone is the whole database; copying it then gives a file that LiteDB opens as it was.
/// </summary>
public sealed partial class LiteQueueStore : IBackupSource
{
    /// <summary>The full path of the data file; null for an in-memory store.</summary>
    public string? DataFile { get; }

    public bool CanBackup => DataFile is not null;

    public void WriteCopy(string destinationPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        var destination = Path.GetFullPath(destinationPath);
        lock (_gate)
        {
            ThrowIfDisposed();
            var source = DataFile ?? throw new InvalidOperationException("An in-memory store has no file to copy.");
            if (string.Equals(source, destination, StringComparison.Ordinal))
            {
                throw new ArgumentException("A backup cannot replace the data file itself.", nameof(destinationPath));
            }

            Checkpoint();

            // The store keeps the data file open: read it through a shared handle rather than File.Copy.
            using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var to = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None);
            from.CopyTo(to);
            to.Flush(flushToDisk: true);
        }
    }
}
