using System.Reflection;
using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// Every action code written into the audit log, gathered from where each is written, so that each has words on the
/// audit page in both languages (a test checks it; a code added to one of these places without words fails it).
/// </summary>
public static class AuditCodes
{
    /// <summary>What holiday changes were called before they were told apart as added and removed; still in older logs.</summary>
    public const string HolidaysChanged = "config.holiday.update";

    public static IReadOnlyList<string> All { get; } =
    [
        // The engine's desk sessions and pauses (QueueEngine.CommitDesk writes the event kind's name).
        .. Enum.GetNames<QueueEventKind>().Where(n => n.StartsWith("Desk", StringComparison.Ordinal)),
        .. CatalogEditor.AuditActions,
        HolidaysChanged,
        SiteLogoService.UploadAction,
        SiteLogoService.RemoveAction,
        .. Constants(typeof(AuditActions)),
        .. Constants(typeof(ApiAudit)).Where(c => c != ApiAudit.ActorPrefix),
        .. Constants(typeof(ComplaintForwarder)),
    ];

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}
