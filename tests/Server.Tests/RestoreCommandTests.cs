using MppQueue.Core;
using MppQueue.Server.Maintenance;
using MppQueue.Storage;

namespace MppQueue.Server.Tests;

/// <summary>The server's "restore" verb: finds the data file the way the server does, and says plainly what it did or why not.</summary>
public sealed class RestoreCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mppqueue-restore-" + Guid.NewGuid().ToString("N"));

    public RestoreCommandTests() => Directory.CreateDirectory(_folder);

    private string DataFile => Path.Combine(_folder, "mppqueue.db");

    private string BackupFile => Path.Combine(_folder, "backup.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_BackupAndConfiguredDataPath_RestoresAndKeepsTheOldFile()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            CatalogEditor.SeedIfEmpty(store, DemoMpp.Build());
            store.WriteCopy(BackupFile);
        }

        var (code, output, error) = Run("restore", BackupFile, "--MppQueue:DataPath=" + DataFile);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("numbering continues after the highest number ever issued", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder, "mppqueue.db.replaced-*"));
    }

    [Fact]
    public void Run_NoCurrentDataFile_RefusesWithTheReason()
    {
        using (var store = new LiteQueueStore(BackupFile))
        {
            CatalogEditor.SeedIfEmpty(store, DemoMpp.Build());
        }

        var (code, _, error) = Run("restore", BackupFile, "--MppQueue:DataPath=" + DataFile);

        Assert.Equal(1, code);
        Assert.Contains("--accept-repeated-numbers", error, StringComparison.Ordinal);
        Assert.False(File.Exists(DataFile));
    }

    [Fact]
    public void Run_NoBackupNamed_PrintsUsage()
    {
        var (code, _, error) = Run("restore");

        Assert.Equal(2, code);
        Assert.StartsWith("Usage:", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = RestoreCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
