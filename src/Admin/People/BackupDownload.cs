using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// <c>GET /admin/backup/download</c>: a consistent copy of the database, taken under the store's lock into a
/// temporary file, streamed, and deleted when the response ends. The file is named by the site-local time.
/// </summary>
public static class BackupDownload
{
    public const string Path = "/admin/backup/download";

    public static IResult Handle(HttpContext context, IBackupSource source, IQueueStore store, QueueEngine engine, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(time);
        if (source.BackedUpByServer)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "BackedUpByServer", detail: BackupServerText.Refused);
        }

        if (!source.CanBackup)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "NoDataFile", detail: "The store keeps its data in memory; there is no file to back up.");
        }

        var now = time.GetUtcNow();
        var fileName = FileName(now, engine.Catalog.Site);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mppqueue-backup-" + Guid.NewGuid().ToString("N") + ".db");
        FileStream stream;
        try
        {
            source.WriteCopy(temporary);

            // Deleted by the operating system when the response has sent it (or the client went away).
            stream = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        var actor = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        store.AppendAudit(new AuditEntry(Tokens.NewId(), now, actor, AuditActions.BackupDownloaded, fileName, stream.Length.ToString(CultureInfo.InvariantCulture) + " bytes"));
        context.Response.Headers.CacheControl = "no-store";
        return Results.File(stream, "application/octet-stream", fileName);
    }

    /// <summary>"mppqueue-2026-11-23-0915.db": the site-local date and time the copy was taken.</summary>
    public static string FileName(DateTimeOffset instant, Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var local = SiteClock.ToSiteTime(instant, site.TimeZone);
        return "mppqueue-" + local.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture) + ".db";
    }
}
