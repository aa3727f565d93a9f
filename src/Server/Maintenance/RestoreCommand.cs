using MppQueue.Server.Hosting;
using MppQueue.Storage;

namespace MppQueue.Server.Maintenance;

/// <summary>
/// <c>MppQueue.Server restore BACKUP [--accept-repeated-numbers] [settings…]</c>: puts a backup back in place of the
/// configured data file, with the server stopped, carrying the current file's numbering into it
/// (<see cref="DataFileRestore"/>). Reads the same configuration as the server, so it finds the same data file.
/// </summary>
public static class RestoreCommand
{
    public const string Verb = "restore";

    private const string AcceptRepeatedNumbers = "--accept-repeated-numbers";

    public static bool IsRestore(string[] args) => args is [Verb, ..];

    /// <returns>The process exit code: 0 restored, 1 refused, 2 used wrongly.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [Verb, var backup, ..] || backup.StartsWith("--", StringComparison.Ordinal))
        {
            error.WriteLine("Usage: MppQueue.Server restore BACKUP-FILE [--accept-repeated-numbers] [--MppQueue:DataPath=...]");
            return 2;
        }

        var accept = args.Contains(AcceptRepeatedNumbers, StringComparer.Ordinal);
        var settings = args.Skip(2).Where(a => a != AcceptRepeatedNumbers).ToArray();
        var builder = WebApplication.CreateSlimBuilder(settings);
        var options = builder.Configuration.GetSection(MppQueueOptions.Section).Get<MppQueueOptions>() ?? new MppQueueOptions();
        if (builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() is { Provider: StorageProvider.PostgreSql })
        {
            error.WriteLine("MppQueue:Storage:Provider is PostgreSql: restore the database with pg_restore on the database server (docs/deploy.md).");
            return 2;
        }

        var dataPath = ServerServiceCollectionExtensions.DataPath(options.DataPath, builder.Environment);
        if (dataPath == LiteQueueStore.InMemory)
        {
            error.WriteLine("MppQueue:DataPath is :memory:, which has no file to restore into.");
            return 2;
        }

        try
        {
            var result = DataFileRestore.Restore(backup, dataPath, DateTimeOffset.UtcNow, accept);
            output.WriteLine($"Restored {Path.GetFullPath(backup)} as {result.DataFile}.");
            output.WriteLine(result.ReplacedFileKeptAs is { } kept
                ? $"The replaced data file is kept as {kept}; {result.CountersCarried} day counters and move sequence {result.SequenceCarried} were carried over, so numbering continues after the highest number ever issued."
                : "There was no data file to replace: numbering continues from the backup.");
            output.WriteLine("Start the server again.");
            return 0;
        }
        catch (RestoreException refusal)
        {
            error.WriteLine("Restore refused: " + refusal.Message);
            return 1;
        }
        catch (IOException failure)
        {
            error.WriteLine("Restore failed, nothing was replaced: " + failure.Message + " Is the server still running? Stop it first.");
            return 1;
        }
    }
}
