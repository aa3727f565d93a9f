using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Kiosk.Issuing;
using MppQueue.PostgresTesting;
using MppQueue.Server.Auth;
using MppQueue.Server.Tests.Support;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Tests;

/// <summary>
/// What two nodes of one site on one PostgreSQL database must share beyond the moves (docs/adr/0022): the sign-in
/// throttle's and the kiosks' counts (a guesser or a flooding kiosk gains nothing by reaching both nodes), the accounts
/// (an officer disabled through one node is refused by the other at once) and the webhook subscriptions (one made or
/// deleted through a node that does not deliver reaches the leader's delivery without a restart).
/// </summary>
public class PostgresSharedStateTests
{
    [Fact]
    public void SignIn_WrongPasswordsSpreadOverTwoNodes_LockedOnEitherNodeAfterTheLimitAndFreeAfterTheLockout()
    {
        var connection = PostgresTestServer.Shared.CreateDatabase("throttle");
        using var databaseA = new PostgresDatabase(connection);
        using var databaseB = new PostgresDatabase(connection);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)));
        var options = new SignInOptions { MaxFailuresPerUser = 5, MaxFailuresPerAccount = 8 };
        var nodeA = new SignInThrottle(clock, options, new PostgresSignInFailures(databaseA));
        var nodeB = new SignInThrottle(clock, options, new PostgresSignInFailures(databaseB));

        for (var i = 0; i < 4; i++)
        {
            (i % 2 == 0 ? nodeA : nodeB).Failed("petugas.samsat", "10.0.0.1");
        }

        Assert.Null(nodeA.Check("petugas.samsat", "10.0.0.1"));
        Assert.Null(nodeB.Check("petugas.samsat", "10.0.0.1"));
        nodeB.Failed("Petugas.Samsat ", "10.0.0.1");

        Assert.Equal(new SignInLock(ByAddress: false, TimeSpan.FromMinutes(5)), nodeA.Check("petugas.samsat", "10.0.0.1"));
        Assert.Equal(new SignInLock(ByAddress: false, TimeSpan.FromMinutes(5)), nodeB.Check("PETUGAS.SAMSAT", "10.0.0.1"));
        Assert.Null(nodeA.Check("petugas.samsat", "10.0.0.2"));

        // A guess spread over addresses and nodes slows the account for the addresses that guess, not for its owner's.
        nodeA.Succeeded("petugas.samsat", "10.0.0.9");
        for (var i = 0; i < 3; i++)
        {
            (i % 2 == 0 ? nodeB : nodeA).Failed("petugas.samsat", "203.0.113." + i);
        }

        Assert.NotNull(nodeA.Check("petugas.samsat", "203.0.113.1"));
        Assert.Null(nodeB.Check("petugas.samsat", "10.0.0.9"));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(nodeB.Check("petugas.samsat", "10.0.0.1"));
        Assert.Null(nodeA.Check("petugas.samsat", "203.0.113.1"));
    }

    [Fact]
    public void KioskIssuing_BurstSpreadOverTwoNodes_TheNextTicketIsRefusedOnEitherNodeWithATimeToWait()
    {
        var connection = PostgresTestServer.Shared.CreateDatabase("kiosk-rate");
        using var databaseA = new PostgresDatabase(connection);
        using var databaseB = new PostgresDatabase(connection);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new KioskOptions { IssueBurst = 4, IssuePerMinute = 2 });
        var nodeA = new KioskRateLimiter(options, new PostgresRateBuckets(databaseA), clock);
        var nodeB = new KioskRateLimiter(options, new PostgresRateBuckets(databaseB), clock);

        var burst = Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? nodeA : nodeB).TryAcquire("kiosk-1", out _)).ToList();
        var onA = nodeA.TryAcquire("kiosk-1", out var waitOnA);
        var onB = nodeB.TryAcquire("kiosk-1", out var waitOnB);
        var otherKiosk = nodeB.TryAcquire("kiosk-2", out _);
        clock.Advance(TimeSpan.FromSeconds(30));
        var afterAPermit = nodeB.TryAcquire("kiosk-1", out _);
        var afterThat = nodeA.TryAcquire("kiosk-1", out _);

        Assert.All(burst, Assert.True);
        Assert.False(onA);
        Assert.False(onB);
        Assert.Equal(TimeSpan.FromSeconds(30), waitOnA);
        Assert.Equal(TimeSpan.FromSeconds(30), waitOnB);
        Assert.True(otherKiosk);
        Assert.True(afterAPermit);
        Assert.False(afterThat);
    }

    [Fact]
    public async Task Accounts_OfficerSignedInOnNodeBThenDisabledOnNodeA_RefusedOnNodeBWithoutARestart()
    {
        var database = PostgresTestServer.Shared.CreateDatabase("accounts", migrated: false);
        using var a = MppQueueFactory.OnPostgres(database);
        _ = a.Engine.Catalog;
        using var b = MppQueueFactory.OnPostgres(database);
        _ = b.Engine.Catalog;
        var signInOnB = b.Services.GetRequiredService<OfficerSignIn>();
        var signedIn = signInOnB.Attempt("petugas.disdukcapil", Accounts.DemoPassword, "10.0.0.5");
        Assert.Equal(SignInOutcome.Success, signedIn.Outcome);
        var storeA = a.Services.GetRequiredService<IQueueStore>();
        var officer = storeA.LoadOfficers().Single(o => o.UserName == "petugas.disdukcapil");

        storeA.SaveOfficer(officer with { Active = false });
        var refused = await Until.TrueAsync(() => signInOnB.Attempt("petugas.disdukcapil", Accounts.DemoPassword, "10.0.0.5").Outcome == SignInOutcome.Disabled);

        Assert.True(refused, "Node B still signs in an officer disabled on node A.");
        Assert.False(b.Services.GetRequiredService<SessionValidator>().IsValid(signedIn.Principal));
    }

    [Fact]
    public async Task Webhooks_SubscriptionMadeOnTheFollower_TheLeaderDeliversItThenStopsWhenItIsDeletedThere()
    {
        var settings = new Dictionary<string, string>
        {
            ["MppQueue:Webhooks:AllowHttp"] = "true",
            ["MppQueue:Webhooks:AllowLoopback"] = "true",
        };
        var database = PostgresTestServer.Shared.CreateDatabase("webhooks", migrated: false);
        using var receiver = new WebhookReceiver();
        using var a = MppQueueFactory.OnPostgres(database, settings);
        _ = a.Engine.Catalog;
        using var b = MppQueueFactory.OnPostgres(database, settings);
        _ = b.Engine.Catalog;
        Assert.True(await Until.TrueAsync(() => a.Services.GetRequiredService<ILeaderLease>().IsLeader || b.Services.GetRequiredService<ILeaderLease>().IsLeader));
        var (leader, follower) = a.Services.GetRequiredService<ILeaderLease>().IsLeader ? (a, b) : (b, a);
        var onFollower = follower.Services.GetRequiredService<WebhookService>();
        var onLeader = leader.Services.GetRequiredService<WebhookService>();

        var made = onFollower.Create(new WebhookRequest("Dasbor kota", receiver.Url.AbsoluteUri, ["ticket.issued"]), null, null, follower.Engine.Catalog);
        var ticket = follower.Engine.Issue(new IssueRequest("ktp-el"));
        var delivered = await Until.TrueAsync(() => receiver.Received.Any(r => r.Body.Contains(ticket.Id, StringComparison.Ordinal)));
        onFollower.Delete(made.Id);
        var stopped = await Until.TrueAsync(() => onLeader.Find(made.Id) is null);

        Assert.True(delivered, "The leader did not deliver a subscription made on the follower.");
        Assert.True(stopped, "The leader still holds a subscription deleted on the follower.");
    }
}
