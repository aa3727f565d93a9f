namespace MppQueue.Core;

/// <summary>Where webhook subscriptions are kept with their cursors. Writes are atomic and committed when the method returns.</summary>
public interface IWebhookStore
{
    IReadOnlyList<WebhookSubscription> LoadWebhooks();

    /// <summary>Adds the subscription or replaces the one with the same id.</summary>
    void SaveWebhook(WebhookSubscription subscription);

    void DeleteWebhook(string id);
}
