using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Every place that writes into the audit log is one whose action codes the audit page knows (AuditCodes gathers them
/// from these places, and a test checks each has words in both languages): a new writer must be added there first.
/// </summary>
public class AuditWritersTests
{
    // Each writer, with where AuditCodes finds its codes.
    private static readonly string[] _known =
    [
        "src/Admin/People/ApiClientAdministration.cs", // ApiAudit's constants
        "src/Admin/People/BackupDownload.cs", // AuditActions
        "src/Admin/People/DeviceAdministration.cs", // AuditActions
        "src/Admin/People/OfficerAdministration.cs", // AuditActions
        "src/Admin/People/WebhookAdministration.cs", // AuditActions
        "src/Api/ApiCallFilter.cs", // ApiAudit.Call, with AuditWords.ApiCallKey per route
        "src/Core/Api/ApiAudit.cs", // ApiAudit's constants
        "src/Core/Catalog/CatalogEditor.cs", // CatalogEditor.AuditActions
        "src/Core/Catalog/SiteLogoService.cs", // its UploadAction and RemoveAction
        "src/Core/Complaints/ComplaintForwarder.cs", // its constants
        "src/Core/Demo/History/DemoLedger.cs", // the demo history writes the desk sessions as the engine does (QueueEventKind)
        "src/Core/Queue/QueueEngine.Desk.cs", // the Desk… names of QueueEventKind
    ];

    [Fact]
    public void EveryAuditWriter_IsOneWhoseActionsHaveWords()
    {
        var src = Path.Combine(Repository.Root, "src");
        var writers = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("new AuditEntry(", StringComparison.Ordinal) || text.Contains("AppendAudit(", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            // The stores (src/Storage, src/Storage.Postgres) keep audit entries; they write none of their own.
            .Where(f => !f.StartsWith("src/Storage/", StringComparison.Ordinal)
                && !f.StartsWith("src/Storage.Postgres/", StringComparison.Ordinal)
                && f != "src/Core/Ports/IQueueStore.cs")
            .Order(StringComparer.Ordinal);

        Assert.Equal(_known.Order(StringComparer.Ordinal), writers);
    }
}
