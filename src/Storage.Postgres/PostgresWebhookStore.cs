using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="IWebhookStore"/> on PostgreSQL.</summary>
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
}
