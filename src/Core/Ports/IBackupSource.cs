namespace MppQueue.Core;

/// <summary>Makes a consistent copy of the whole database while the system keeps running (the admin's backup).</summary>
public interface IBackupSource
{
    /// <summary>Whether there is a file to copy at all (false for an in-memory store).</summary>
    bool CanBackup { get; }

    /// <summary>
    /// Whether the database lives on a database server that is backed up there (PostgreSQL, with pg_dump; see
    /// docs/deploy.md), so that there is nothing for MppQueue to copy and the admin is told where backups come from.
    /// </summary>
    bool BackedUpByServer { get; }

    /// <summary>
    /// Writes a copy of the database to <paramref name="destinationPath"/> (replaced when it exists) that holds
    /// every write committed before the copy began and none that began after; writes wait while it is taken.
    /// </summary>
    void WriteCopy(string destinationPath);
}
