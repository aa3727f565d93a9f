using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IWebhookStore"/> on PostgreSQL. A subscription's last attempts are rows of <c>webhook_attempts</c>
/// (migration 5), ordered by an identity column and deleted with their subscription (a foreign key).
/// </summary>
public sealed class PostgresWebhookStore(PostgresDatabase database) : IWebhookStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<WebhookSubscription> LoadWebhooks() => _database.Read(connection =>
        Documents<WebhookDocument>(connection, "SELECT doc FROM webhooks ORDER BY id").ConvertAll(d => d.ToSubscription()));

    public void SaveWebhook(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var document = WebhookDocument.From(subscription);
        _database.Write(connection => PostgresTicketStore.Upsert(connection, "webhooks", document.Id, ToJson(document)));
    }

    public void SaveWebhooks(IReadOnlyCollection<WebhookSubscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var documents = subscriptions.Select(WebhookDocument.From).ToList();
        _database.Write(connection =>
        {
            foreach (var document in documents)
            {
                Execute(connection, "UPDATE webhooks SET doc = $2 WHERE id = $1", document.Id, ToJson(document));
            }
        });
    }

    public void DeleteWebhook(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _database.Write(connection => Execute(connection, "DELETE FROM webhooks WHERE id = $1", id));
    }

    public void AppendWebhookAttempts(IReadOnlyCollection<(string WebhookId, WebhookAttempt Attempt)> attempts, int kept)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(kept);
        if (attempts.Count == 0)
        {
            return;
        }

        var ids = attempts.Select(a => a.WebhookId).ToArray();
        var documents = attempts.Select(a => ToJson(WebhookAttemptDocument.From(a.WebhookId, a.Attempt)).Text).ToArray();
        _database.Write(connection =>
        {
            // In the order given (positions follow it); none for a subscription deleted meanwhile, and one deleted at the
            // same moment refuses the rows (their foreign key). Then each subscription's older attempts go.
            Execute(
                connection,
                """
                INSERT INTO webhook_attempts (webhook_id, doc)
                SELECT t.webhook_id, t.doc::jsonb FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t (webhook_id, doc, n)
                WHERE EXISTS (SELECT 1 FROM webhooks w WHERE w.id = t.webhook_id)
                ORDER BY t.n
                """,
                ids,
                documents);
            Execute(
                connection,
                """
                DELETE FROM webhook_attempts WHERE position IN (
                    SELECT position FROM (
                        SELECT position, row_number() OVER (PARTITION BY webhook_id ORDER BY position DESC) AS newer
                        FROM webhook_attempts WHERE webhook_id = ANY ($1)) ranked
                    WHERE newer > $2)
                """,
                ids.Distinct(StringComparer.Ordinal).ToArray(),
                kept);
        });
    }

    public IReadOnlyList<WebhookAttempt> LoadWebhookAttempts(string webhookId)
    {
        ArgumentNullException.ThrowIfNull(webhookId);
        return _database.Read(connection =>
            Documents<WebhookAttemptDocument>(connection, "SELECT doc FROM webhook_attempts WHERE webhook_id = $1 ORDER BY position DESC", webhookId)
                .ConvertAll(d => d.ToAttempt()));
    }
}
