using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;

namespace MppQueue.Storage.Tests;

/// <summary>A webhook's last attempts in the store: the newest kept, newest first, gone with the subscription, there after a reopening.</summary>
public abstract class WebhookAttemptStoreTests(StoreHost host) : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);

    protected StoreHost Host { get; } = host;

    [Fact]
    public void Append_BeyondTheLimit_KeepsTheNewest_NewestFirst_EachSubscriptionApart()
    {
        using var store = Host.Open();
        store.SaveWebhook(Subscription("wh-1"));
        store.SaveWebhook(Subscription("wh-2"));

        // One write of several subscriptions' attempts (as the cursors' write takes them), then one more.
        store.AppendWebhookAttempts([("wh-1", Attempt(1)), ("wh-2", Attempt(100)), ("wh-1", Attempt(2)), ("wh-1", Attempt(3)), ("wh-unknown", Attempt(50))], kept: 5);
        store.AppendWebhookAttempts([.. Enumerable.Range(4, 3).Select(i => ("wh-1", Attempt(i)))], kept: 5);
        store.AppendWebhookAttempts([("wh-1", Attempt(7))], kept: 5);

        var kept = store.LoadWebhookAttempts("wh-1");
        Assert.Equal([7L, 6, 5, 4, 3], kept.Select(a => a.JournalId));
        Assert.Equal(Attempt(7), kept[0]);
        Assert.Equal(Attempt(6), kept[1]);
        Assert.Equal([100L], store.LoadWebhookAttempts("wh-2").Select(a => a.JournalId));
        Assert.Empty(store.LoadWebhookAttempts("wh-unknown"));
    }

    [Fact]
    public void DeleteWebhook_RemovesItsAttempts_AndALateAttemptIsNotKept()
    {
        using var store = Host.Open();
        store.SaveWebhook(Subscription("wh-1"));
        store.SaveWebhook(Subscription("wh-2"));
        store.AppendWebhookAttempts([("wh-1", Attempt(1))], kept: 5);
        store.AppendWebhookAttempts([("wh-2", Attempt(2))], kept: 5);

        store.DeleteWebhook("wh-1");

        // The leader's loop noting an attempt just after another node deleted the subscription.
        store.AppendWebhookAttempts([("wh-1", Attempt(3)), ("wh-2", Attempt(4))], kept: 5);

        Assert.Empty(store.LoadWebhookAttempts("wh-1"));
        Assert.Equal([4L, 2], store.LoadWebhookAttempts("wh-2").Select(a => a.JournalId));

        // A subscription made again under the same id starts with none.
        store.SaveWebhook(Subscription("wh-1"));
        Assert.Empty(store.LoadWebhookAttempts("wh-1"));
    }

    [Fact]
    public void Attempts_AfterReopening_AreStillThere()
    {
        using (var store = Host.Open())
        {
            store.SaveWebhook(Subscription("wh-1"));
            store.AppendWebhookAttempts([("wh-1", Attempt(1)), ("wh-1", Attempt(2))], kept: 3);
        }

        using (var reopened = Host.Open())
        {
            Assert.Equal([Attempt(2), Attempt(1)], reopened.LoadWebhookAttempts("wh-1"));

            // The limit goes on over what was stored before.
            reopened.AppendWebhookAttempts([("wh-1", Attempt(3))], kept: 3);
            reopened.AppendWebhookAttempts([("wh-1", Attempt(4))], kept: 3);
        }

        using var again = Host.Open();
        Assert.Equal([4L, 3, 2], again.LoadWebhookAttempts("wh-1").Select(a => a.JournalId));
    }

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    private static WebhookSubscription Subscription(string id) => new()
    {
        Id = id,
        Name = "Dasbor kota",
        Url = new Uri("https://dasbor.example.go.id/hook"),
        Secret = "whsec_rahasia",
        CreatedAt = At,
    };

    // Odd ones failed (no answer, or a refusal), even ones were delivered.
    private static WebhookAttempt Attempt(long journalId) => new(
        "evt-" + journalId,
        journalId,
        journalId + 1000,
        journalId % 3 == 0 ? JournalEventType.TicketCalled : JournalEventType.TicketIssued,
        At.AddSeconds(journalId),
        journalId % 2 == 0 ? 200 : journalId % 3 == 0 ? null : 503,
        journalId % 2 == 0 ? null : journalId % 3 == 0 ? "ConnectionError: Connection refused" : "HTTP 503 Service Unavailable",
        TimeSpan.FromMilliseconds(12.5 * journalId));
}

public sealed class WebhookAttemptStoreOnLiteDbTests() : WebhookAttemptStoreTests(new LiteStoreHost());

public sealed class WebhookAttemptStoreOnPostgresTests() : WebhookAttemptStoreTests(new PostgresStoreHost("WebhookAttempts"));
