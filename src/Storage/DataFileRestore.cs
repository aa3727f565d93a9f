namespace MppQueue.Storage;

/// <summary>
/// Puts a backup back in place of the data file, with the server stopped. A backup taken mid-morning does not know
/// the numbers issued after it that day, yet those visitors still hold their tickets: so before the backup replaces the
/// current file, every number counter and the move sequence of the current file are carried into it (never lowered),
/// and numbering continues after the highest number ever issued, not after the backup's. The replaced file is kept
/// beside it, renamed, never deleted. Without a current file nothing can be carried over, and the restore is refused
/// unless the operator accepts that today's numbers may repeat.
/// </summary>
public static class DataFileRestore
{
    /// <exception cref="RestoreException">The backup is missing or not a MppQueue database, or the current file is missing and <paramref name="acceptRepeatedNumbers"/> is not set.</exception>
    public static RestoreResult Restore(string backupPath, string dataPath, DateTimeOffset now, bool acceptRepeatedNumbers = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backupPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataPath);
        var backup = Path.GetFullPath(backupPath);
        var data = Path.GetFullPath(dataPath);
        if (!File.Exists(backup))
        {
            throw new RestoreException($"The backup file {backup} does not exist.");
        }

        if (string.Equals(backup, data, StringComparison.Ordinal))
        {
            throw new RestoreException("The backup is the data file itself; give the path of a downloaded copy.");
        }

        var hasCurrent = File.Exists(data);
        if (!hasCurrent && !acceptRepeatedNumbers)
        {
            throw new RestoreException(
                $"There is no current data file at {data}, so the numbers issued after the backup was taken cannot be carried over: " +
                "tickets already in visitors' hands may be issued again today. Restore after closing time, or add --accept-repeated-numbers.");
        }

        if (hasCurrent)
        {
            EnsureNotInUse(data);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(data)!);
        var staging = data + ".restoring";
        DeleteWithLog(staging);
        File.Copy(backup, staging);
        try
        {
            IReadOnlyList<NumberCounter> counters = [];
            long sequence = 0;
            if (hasCurrent)
            {
                using var current = new LiteFile(data);
                counters = new LiteNumbering(current).LoadNumberCounters();
                sequence = new LiteTicketStore(current).LastSequence();
            }

            using (var restored = new LiteFile(staging))
            {
                if (new LiteTicketStore(restored).LoadCatalog() is null)
                {
                    throw new RestoreException($"{backup} is not a MppQueue backup: it holds no site.");
                }

                new LiteNumbering(restored).RaiseNumbering(counters, sequence);
            }

            string? keptAs = null;
            if (hasCurrent)
            {
                keptAs = $"{data}.replaced-{now.UtcDateTime:yyyyMMdd-HHmmss}";
                File.Move(data, keptAs);
                MoveIfExists(LogOf(data), LogOf(keptAs));
            }

            DeleteIfExists(LogOf(data));
            File.Move(staging, data);
            DeleteIfExists(LogOf(staging));
            return new RestoreResult(data, keptAs, counters.Count, sequence);
        }
        catch
        {
            DeleteWithLog(staging);
            throw;
        }
    }

    // .NET takes a shared advisory lock on every file it opens on Linux, so an exclusive open fails while the server
    // (or anything else) has the data file open.
    private static void EnsureNotInUse(string data)
    {
        try
        {
            using var probe = new FileStream(data, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException busy)
        {
            throw new RestoreException($"The data file {data} is in use. Stop the MppQueue server first, then restore.", busy);
        }
    }

    // LiteDB keeps its write-ahead log beside the data file: mppqueue.db → mppqueue-log.db.
    private static string LogOf(string file) =>
        Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "-log" + Path.GetExtension(file));

    private static void DeleteWithLog(string file)
    {
        DeleteIfExists(file);
        DeleteIfExists(LogOf(file));
    }

    private static void DeleteIfExists(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }

    private static void MoveIfExists(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Move(from, to);
        }
    }
}
