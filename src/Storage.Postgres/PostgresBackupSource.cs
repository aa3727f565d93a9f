using MppQueue.Core;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// A PostgreSQL database has no data file to download: it is backed up with <c>pg_dump</c> on the database server
/// (docs/deploy.md), so <see cref="CanBackup"/> is false and the backup page says so.
/// </summary>
public sealed class PostgresBackupSource : IBackupSource
{
    public bool CanBackup => false;

    public bool BackedUpByServer => true;

    /// <exception cref="NotSupportedException">Always: see <see cref="CanBackup"/>.</exception>
    public void WriteCopy(string destinationPath) =>
        throw new NotSupportedException("A PostgreSQL database is backed up with pg_dump on the database server, not copied by MppQueue.");
}
