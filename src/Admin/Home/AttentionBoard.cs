using System.Globalization;
using MppQueue.Admin.Components.Command;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Admin.Home;

/// <summary>
/// What needs attention now, from what the system already knows, for the person looking: the Command Center's alerts
/// (a wait or a queue over its standard, a desk open and idle while its services have people waiting, a desk paused
/// too long, a silent screen or kiosk), services near or over today's quota, complaints not yet delivered, failed visitor
/// notices today, and for admins webhooks that stopped or keep failing and a backup not downloaded for a week. An
/// agency supervisor sees their agency's only; building-wide matters (backups, webhooks, zone screens) are the admins'.
/// </summary>
public sealed class AttentionBoard(
    QueueEngine engine,
    CommandCenter command,
    IQueueStore store,
    TimeProvider time,
    IComplaintStore? complaints = null,
    NoticeService? notices = null,
    WebhookService? webhooks = null)
{
    /// <summary>A service that has used this share of today's quota is nearly full.</summary>
    public const double NearlyFull = 0.9;

    /// <summary>A backup downloaded longer ago than this is overdue.</summary>
    public static readonly TimeSpan BackupEvery = TimeSpan.FromDays(7);

    public IReadOnlyList<AttentionItem> For(Officer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Role is not (OfficerRole.Admin or OfficerRole.Supervisor))
        {
            return [];
        }

        var admin = viewer.Role == OfficerRole.Admin;
        var scope = admin ? null : viewer.AgencyId;
        var items = new List<AttentionItem>();
        var snapshot = command.Snapshot(scope);
        var catalog = engine.Catalog;
        foreach (var alert in snapshot.Alerts)
        {
            var device = alert.Kind == CommandAlertKind.DeviceStale;
            items.Add(new AttentionItem(
                "command-" + alert.Kind,
                CommandLabels.Severity(alert.Kind),
                CommandLabels.Title(alert),
                CommandLabels.Describe(alert, catalog),
                device && admin ? AdminRoutes.Devices : AdminRoutes.Command,
                device && admin ? AttentionText.OpenDevices : AttentionText.OpenCommand));
        }

        items.AddRange(Quotas(scope));
        items.AddRange(Complaints(scope));
        items.AddRange(Notices(scope));
        if (admin)
        {
            items.AddRange(Webhooks());
            items.AddRange(Backup());
        }

        return [.. items.OrderBy(i => Rank(i.Severity))];
    }

    private static int Rank(Severity severity) => severity switch
    {
        Severity.Error => 0,
        Severity.Warning => 1,
        _ => 2,
    };

    private IEnumerable<AttentionItem> Quotas(string? scope)
    {
        var today = engine.Snapshot;
        foreach (var service in engine.Catalog.Services.Values
            .Where(s => s.Active && (scope is null || s.AgencyId == scope))
            .OrderBy(s => engine.Catalog.Agencies.TryGetValue(s.AgencyId, out var a) ? a.SortOrder : int.MaxValue)
            .ThenBy(s => s.SortOrder))
        {
            var used = today.Line(service.Id).Used.Total;
            var total = service.Quota.Total;
            if (total <= 0 || used < total * NearlyFull)
            {
                continue;
            }

            var full = used >= total;
            yield return new AttentionItem(
                full ? "quota-full" : "quota-near",
                full ? Severity.Error : Severity.Warning,
                full ? AttentionText.QuotaFullTitle : AttentionText.QuotaNearTitle,
                Labels.Format(full ? AttentionText.QuotaFullText : AttentionText.QuotaNearText, ServiceName(service), used, total),
                "/admin/services/" + Uri.EscapeDataString(service.Id),
                AttentionText.OpenService);
        }
    }

    private IEnumerable<AttentionItem> Complaints(string? scope)
    {
        if (complaints is null)
        {
            yield break;
        }

        var open = complaints.LoadComplaints(scope, ComplaintForwarder.ListedMax)
            .Where(c => c.State is ComplaintState.Stopped or ComplaintState.NoEndpoint or ComplaintState.Waiting)
            .ToList();
        var stuck = open.Count(c => c.State is ComplaintState.Stopped or ComplaintState.NoEndpoint);
        if (stuck > 0)
        {
            yield return new AttentionItem("complaints-stuck", Severity.Error, AttentionText.ComplaintsStuckTitle,
                Labels.Format(AttentionText.ComplaintsStuckText, stuck), AdminRoutes.Complaints, AttentionText.OpenComplaints);
        }

        var waiting = open.Count - stuck;
        if (waiting > 0)
        {
            yield return new AttentionItem("complaints-waiting", Severity.Info, AttentionText.ComplaintsWaitingTitle,
                Labels.Format(AttentionText.ComplaintsWaitingText, waiting), AdminRoutes.Complaints, AttentionText.OpenComplaints);
        }
    }

    private IEnumerable<AttentionItem> Notices(string? scope)
    {
        if (notices is null)
        {
            yield break;
        }

        var day = engine.Today;
        var failed = notices.Figures(day, day, scope).Sum(f => f.Failed);
        if (failed > 0)
        {
            yield return new AttentionItem("notices-failed", Severity.Warning, AttentionText.NoticesTitle,
                Labels.Format(AttentionText.NoticesText, failed), AdminRoutes.Reports + "?period=Today", AttentionText.OpenReport);
        }
    }

    private IEnumerable<AttentionItem> Webhooks()
    {
        foreach (var hook in webhooks?.List() ?? [])
        {
            if (hook.State == WebhookState.Stopped)
            {
                yield return new AttentionItem("webhook-stopped", Severity.Error, AttentionText.WebhookStoppedTitle,
                    Labels.Format(AttentionText.WebhookStoppedText, hook.Name, hook.Failures, hook.LastError ?? string.Empty), AdminRoutes.Webhooks, AttentionText.OpenWebhooks);
            }
            else if (hook.State == WebhookState.Active && hook.Failures > 0)
            {
                yield return new AttentionItem("webhook-failing", Severity.Warning, AttentionText.WebhookFailingTitle,
                    Labels.Format(AttentionText.WebhookFailingText, hook.Name, hook.Failures, hook.LastError ?? string.Empty), AdminRoutes.Webhooks, AttentionText.OpenWebhooks);
            }
        }
    }

    // Only the last week of the log is read: a year of desk pauses and sign-ins is no price for one date.
    private IEnumerable<AttentionItem> Backup()
    {
        var now = time.GetUtcNow();
        if (store.LoadAudit(now - BackupEvery, now.AddMinutes(1)).Any(e => e.Action == AuditActions.BackupDownloaded))
        {
            yield break;
        }

        yield return new AttentionItem("backup-overdue", Severity.Warning, AttentionText.BackupTitle,
            Labels.Format(AttentionText.BackupText, (int)BackupEvery.TotalDays), AdminRoutes.Backup, AttentionText.OpenBackup);
    }

    private string DeskName(Desk desk) =>
        engine.Catalog.Agencies.TryGetValue(desk.AgencyId, out var agency) ? Labels.Desk(desk) + " · " + Labels.AgencyName(agency) : Labels.Desk(desk);

    private string ServiceName(Service service) =>
        engine.Catalog.Agencies.TryGetValue(service.AgencyId, out var agency) ? Labels.Service(service) + " · " + Labels.AgencyName(agency) : Labels.Service(service);

    private static string Minutes(TimeSpan span) => ((int)span.TotalMinutes).ToString(CultureInfo.CurrentCulture);
}
