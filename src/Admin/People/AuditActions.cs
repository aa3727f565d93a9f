namespace MppQueue.Admin.People;

/// <summary>The <see cref="Core.AuditEntry.Action"/> names written by the people, devices, webhooks and backup pages.</summary>
public static class AuditActions
{
    public const string OfficerCreated = "OfficerCreated";
    public const string OfficerDisabled = "OfficerDisabled";
    public const string OfficerEnabled = "OfficerEnabled";
    public const string OfficerPasswordReset = "OfficerPasswordReset";
    public const string OfficerRegionSitesChanged = "OfficerRegionSitesChanged";
    public const string DeviceRegistered = "DeviceRegistered";
    public const string DeviceRenamed = "DeviceRenamed";
    public const string DeviceTokenRenewed = "DeviceTokenRenewed";
    public const string DeviceRevoked = "DeviceRevoked";
    public const string BackupDownloaded = "BackupDownloaded";
    public const string WebhookCreated = "WebhookCreated";
    public const string WebhookReplayed = "WebhookReplayed";
    public const string WebhookPaused = "WebhookPaused";
    public const string WebhookResumed = "WebhookResumed";
    public const string WebhookDeleted = "WebhookDeleted";
    public const string ConnectorCreated = "ConnectorCreated";
    public const string WebhookTested = "WebhookTested";
}
