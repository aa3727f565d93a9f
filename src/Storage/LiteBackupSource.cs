using MppQueue.Core;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IBackupSource"/>: a copy of a <see cref="LiteFile"/>'s data file, taken by the file under its one lock
/// after a checkpoint, so that it holds every committed write and LiteDB opens it as it was (ADR 2).
/// </summary>
public sealed class LiteBackupSource(LiteFile file) : IBackupSource
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public bool CanBackup => _file.DataFile is not null;

    public bool BackedUpByServer => false;

    public void WriteCopy(string destinationPath) => _file.WriteCopy(destinationPath);
}
