using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;
using Npgsql;

namespace MppQueue.Storage.Tests;

/// <summary>
/// The pool of <see cref="PostgresDatabase"/> hands connections on without resetting them (docs/adr/0021): what a
/// session keeps must never reach the pool. A move's scope begins and ends its transaction by statements, so a scope
/// that fails in between gives its connection back inside that transaction, which the pool must roll back; the
/// listener's LISTEN lives on a connection of its own, closed for good with it.
/// </summary>
public sealed class PostgresPoolTests : IDisposable
{
    private readonly string _connectionString = PostgresTestServer.Shared.CreateDatabase("pool");
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }
    }

    [Fact]
    public async Task ScopeCancelledWhileWaitingForTheSiteLock_ItsConnectionGoesBackRolledBack_AndTheNodesNextScopeEnters()
    {
        var a = Own(new PostgresMoveScopes(Own(new PostgresDatabase(_connectionString))));

        // One connection in B's pool: its next scope gets the very connection the cancelled one gave back.
        var b = Own(new PostgresMoveScopes(Own(new PostgresDatabase(new NpgsqlConnectionStringBuilder(_connectionString) { MaxPoolSize = 1 }.ConnectionString))));

        var held = a.Enter();
        var waiting = Task.Run(b.Enter);
        await using (var admin = new NpgsqlConnection(_connectionString))
        {
            await admin.OpenAsync();
            await using var cancel = new NpgsqlCommand(
                "SELECT count(*) FROM (SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory') AS cancelled",
                admin);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((long)(await cancel.ExecuteScalarAsync())! == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }

        var refused = await Assert.ThrowsAsync<PostgresException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(PostgresErrorCodes.QueryCanceled, refused.SqlState);

        held.Dispose();
        var next = Task.Run(() =>
        {
            using var scope = b.Enter();
            return scope.Missed.Count;
        });
        Assert.Equal(0, await next.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task ListenerStopped_ItsListeningSessionEnds_NoPooledConnectionKeepsListening()
    {
        var database = Own(new PostgresDatabase(_connectionString));
        var scopes = new PostgresMoveScopes(database);
        scopes.Start(() => { }, () => { });
        Assert.Equal(1L, await Listening());

        scopes.Dispose();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Listening() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(0L, await Listening());
    }

    private async Task<long> Listening()
    {
        await using var admin = new NpgsqlConnection(_connectionString);
        await admin.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'",
            admin);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private T Own<T>(T owned)
        where T : IDisposable
    {
        _owned.Add(owned);
        return owned;
    }
}
