using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary><see cref="IWebhookStore"/> on a <see cref="LiteFile"/>, under its one lock (ADR 2); every write committed when it returns.</summary>
public sealed class LiteWebhookStore(LiteFile file) : IWebhookStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public IReadOnlyList<WebhookSubscription> LoadWebhooks() =>
        _file.Read(() => Webhooks().FindAll().Select(d => d.ToSubscription()).ToList());

    public void SaveWebhook(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var document = WebhookDocument.From(subscription);
        _file.Write(() => Webhooks().Upsert(document));
    }

    public void SaveWebhooks(IReadOnlyCollection<WebhookSubscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var documents = subscriptions.Select(WebhookDocument.From).ToList();
        _file.Write(() =>
        {
            var webhooks = Webhooks();
            foreach (var document in documents)
            {
                webhooks.Update(document);
            }
        });
    }

    public void DeleteWebhook(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _file.Write(() => Webhooks().Delete(id));
    }

    private ILiteCollection<WebhookDocument> Webhooks() => _file.Collection<WebhookDocument>(CollectionNames.Webhooks);
}
