using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IWebhookStore"/> on a <see cref="LiteFile"/>, under its one lock (ADR 2); every write committed when it
/// returns. A subscription's last attempts are documents of their own (inserted, not a rewrite of the subscription),
/// ordered by their auto-incremented id.
/// </summary>
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
        EnsureIndexes();
        _file.Write(() =>
        {
            Webhooks().Delete(id);
            Attempts().DeleteMany(d => d.WebhookId == id);
        });
    }

    public void AppendWebhookAttempts(IReadOnlyCollection<(string WebhookId, WebhookAttempt Attempt)> attempts, int kept)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(kept);
        var documents = attempts.Select(a => WebhookAttemptDocument.From(a.WebhookId, a.Attempt)).ToLookup(d => d.WebhookId, StringComparer.Ordinal);
        EnsureIndexes();
        _file.Write(() =>
        {
            var stored = Attempts();
            foreach (var ofOne in documents)
            {
                var webhookId = ofOne.Key;
                if (Webhooks().FindById(webhookId) is null)
                {
                    continue;
                }

                stored.Insert(ofOne);

                // The newest attempt past the kept ones, and every older one, go.
                if (stored.Query().Where(d => d.WebhookId == webhookId).OrderByDescending(d => d.Id).Skip(kept).FirstOrDefault() is { } oldest)
                {
                    var before = oldest.Id;
                    stored.DeleteMany(d => d.WebhookId == webhookId && d.Id <= before);
                }
            }
        });
    }

    public IReadOnlyList<WebhookAttempt> LoadWebhookAttempts(string webhookId)
    {
        ArgumentNullException.ThrowIfNull(webhookId);
        EnsureIndexes();
        return _file.Read(() => Attempts().Query()
            .Where(d => d.WebhookId == webhookId)
            .OrderByDescending(d => d.Id)
            .ToList()
            .ConvertAll(d => d.ToAttempt()));
    }

    private ILiteCollection<WebhookDocument> Webhooks() => _file.Collection<WebhookDocument>(CollectionNames.Webhooks);

    private ILiteCollection<WebhookAttemptDocument> Attempts() => _file.Collection<WebhookAttemptDocument>(CollectionNames.WebhookAttempts);

    private void EnsureIndexes() => _file.EnsureIndexesOnce(CollectionNames.WebhookAttempts, () => Attempts().EnsureIndex(d => d.WebhookId));
}
