using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;
using static MppQueue.Admin.Tests.People.PeopleForms;

namespace MppQueue.Admin.Tests.People;

public class BackupPageTests : AdminTestBase
{
    [Fact]
    public void Render_FileStore_OffersTheDownloadAsAPlainLinkAndTheRestoreSteps()
    {
        var folder = Directory.CreateTempSubdirectory("mppqueue-backup-page");
        try
        {
            using var store = new Storage.LiteQueueStore(Path.Combine(folder.FullName, "mppqueue.db"));
            Services.AddSingleton<IBackupSource>(store);
            SignedInAs("admin");

            var page = Render<BackupPage>();

            var link = page.Find("a[data-testid='backup-download']");
            Assert.Equal("/admin/backup/download", link.GetAttribute("href"));
            Assert.True(link.HasAttribute("download"));
            Assert.Equal(3, page.FindAll("[data-testid='restore-steps'] li").Count);
            Assert.Contains("MppQueue:DataPath", Text(page, "restore-steps"), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Render_InMemoryStore_SaysThereIsNothingToBackUp()
    {
        Services.AddSingleton<IBackupSource>(Store);
        SignedInAs("admin");

        var page = Render<BackupPage>();

        Assert.Equal("Data disimpan di memori saja; tidak ada berkas untuk dicadangkan.", Text(page, "backup-unavailable"));
        Assert.Empty(page.FindAll("[data-testid='backup-download']"));
    }

    [Fact]
    public void Render_DatabaseOnAServer_SaysBackupsAreTakenWithPgDumpAndOffersNoDownload()
    {
        Services.AddSingleton<IBackupSource>(new ServerDatabase());
        SignedInAs("admin");

        var page = Render<BackupPage>();

        Assert.Contains("pg_dump", Text(page, "backup-on-server"), StringComparison.Ordinal);
        Assert.StartsWith("Data disimpan di server PostgreSQL", Text(page, "backup-on-server"), StringComparison.Ordinal);
        Assert.Contains("pg_restore", Text(page, "restore-on-server"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='backup-download']"));
        Assert.Empty(page.FindAll("[data-testid='restore-steps']"));
    }

    /// <summary>What the PostgreSQL store says (the Admin area knows no store).</summary>
    private sealed class ServerDatabase : IBackupSource
    {
        public bool CanBackup => false;

        public bool BackedUpByServer => true;

        public void WriteCopy(string destinationPath) => throw new NotSupportedException();
    }
}
