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

    public void AppendWebhookAttempt(string webhookId, WebhookAttempt attempt, int kept)
    {
        ArgumentNullException.ThrowIfNull(webhookId);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(kept);
        var document = ToJson(WebhookAttemptDocument.From(webhookId, attempt));
        _database.Write(connection =>
        {
            // Nothing for a subscription deleted meanwhile; one deleted at the same moment refuses the row (its foreign key).
            if (Execute(connection, "INSERT INTO webhook_attempts (webhook_id, doc) SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM webhooks WHERE id = $1)", webhookId, document) == 0)
            {
                return;
            }

            Execute(
                connection,
                """
                DELETE FROM webhook_attempts WHERE webhook_id = $1 AND position <= (
                    SELECT position FROM webhook_attempts WHERE webhook_id = $1 ORDER BY position DESC OFFSET $2 LIMIT 1)
                """,
                webhookId,
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
