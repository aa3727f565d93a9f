using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.PostgresTesting;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// A webhook's last attempts and its position are what the store holds, not what one process remembers
/// (docs/adr/0022-two-nodes-one-database.md): the administration of a node that does not deliver shows the leader's, and
/// a host restarted on its LiteDB file shows those it had before.
/// </summary>
public class WebhookAttemptsTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["MppQueue:Webhooks:AllowHttp"] = "true",
        ["MppQueue:Webhooks:AllowLoopback"] = "true",
        ["MppQueue:Webhooks:FirstRetrySeconds"] = "0.05",
        ["MppQueue:Webhooks:MaxRetrySeconds"] = "0.2",
    };

    [Fact]
    public async Task Attempts_TwoNodesOnPostgres_TheFollowersWebhooksPageShowsTheLeadersAttemptsAndPosition()
    {
        var database = PostgresTestServer.Shared.CreateDatabase("webhook-attempts", migrated: false);
        using var receiver = new WebhookReceiver { Down = true };
        using var a = MppQueueFactory.OnPostgres(database, Settings);
        _ = a.Engine.Catalog;
        using var b = MppQueueFactory.OnPostgres(database, Settings);
        _ = b.Engine.Catalog;
        Assert.True(await Until.TrueAsync(() => a.Services.GetRequiredService<ILeaderLease>().IsLeader || b.Services.GetRequiredService<ILeaderLease>().IsLeader));
        var (leader, follower) = a.Services.GetRequiredService<ILeaderLease>().IsLeader ? (a, b) : (b, a);
        var onLeader = leader.Services.GetRequiredService<WebhookService>();
        var made = onLeader.Create(new WebhookRequest("Dasbor kota", receiver.Url.AbsoluteUri, ["ticket.issued"]), null, null, leader.Engine.Catalog);

        // Refused twice while the receiver is down, then delivered, with a second event after it.
        var first = leader.Engine.Issue(new IssueRequest("ktp-el"));
        Assert.True(await Until.TrueAsync(() => onLeader.Attempts(made.Id).Count >= 2), "The leader made no attempts.");
        receiver.Down = false;
        var second = follower.Engine.Issue(new IssueRequest("ktp-el"));
        Assert.True(await Until.TrueAsync(() => receiver.Received.Any(r => r.Body.Contains(second.Id, StringComparison.Ordinal))), "The leader did not deliver.");

        // The follower's page (as the admin opens it there) once the leader has written the cursor.
        var page = new WebhooksBoard(follower.Services.GetRequiredService<WebhookAdministration>(), follower.Engine, () => Task.FromResult<Officer?>(null));
        page.Load();
        page.Select(Assert.Single(page.Subscriptions));
        var samePosition = await Until.TrueAsync(() =>
        {
            page.Load();
            // The receiver counts a request before the leader has noted it: wait for nothing left to deliver too.
            return page.Selected!.Cursor == onLeader.Find(made.Id)!.Cursor && page.SelectedAttempts.Count == onLeader.Attempts(made.Id).Count
                && page.SelectedWaiting.Count == 0;
        });

        Assert.True(samePosition, $"The follower shows cursor {page.Selected!.Cursor}, the leader has {onLeader.Find(made.Id)!.Cursor}.");
        var shown = page.SelectedAttempts;
        Assert.Equal(onLeader.Attempts(made.Id), shown);
        Assert.True(shown[0].Delivered);
        Assert.Contains(shown, s => s.StatusCode == 503 && s.Error == "HTTP 503 Service Unavailable");
        Assert.Equal(2, shown.Where(s => s.Delivered).Select(s => s.EventId).Distinct().Count());
        Assert.Equal(WebhookState.Active, page.Selected.State);
        Assert.Equal(0, page.Selected.Failures);
        Assert.Null(page.Selected.LastError);
        Assert.Empty(page.SelectedWaiting);
        Assert.Contains(first.Id, receiver.Received[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attempts_LiteDbHostRestartedOnTheSameFile_TheSameAttemptsAndPosition()
    {
        var path = MppQueueFactory.NewDataPath();
        try
        {
            using var receiver = new WebhookReceiver { Down = true };
            string id;
            IReadOnlyList<WebhookAttempt> before;
            long cursor;
            using (var host = new MppQueueFactory(path, Settings))
            {
                var webhooks = host.Services.GetRequiredService<WebhookService>();
                id = webhooks.Create(new WebhookRequest("Dasbor kota", receiver.Url.AbsoluteUri, ["ticket.issued"]), null, null, host.Engine.Catalog).Id;
                var ticket = host.Engine.Issue(new IssueRequest("ktp-el"));
                Assert.True(await Until.TrueAsync(() => webhooks.Attempts(id).Count >= 2), "No attempts were made.");
                receiver.Down = false;
                Assert.True(await Until.TrueAsync(() => webhooks.Attempts(id) is [{ Delivered: true }, ..]), "The event was not delivered.");
                Assert.Contains(ticket.Id, Assert.Single(receiver.Received).Body, StringComparison.Ordinal);
                before = webhooks.Attempts(id);
                cursor = webhooks.Find(id)!.Cursor;
            }

            using var restarted = new MppQueueFactory(path, Settings);
            var again = restarted.Services.GetRequiredService<WebhookService>();

            Assert.Equal(before, again.Attempts(id));
            Assert.Contains(before, a => a.StatusCode == 503);
            Assert.Equal(cursor, again.Find(id)!.Cursor);
        }
        finally
        {
            MppQueueFactory.DeleteData(path);
        }
    }
}
