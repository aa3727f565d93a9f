using MppQueue.Core;
using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;
using Npgsql;

namespace MppQueue.Storage.Tests;

/// <summary>The schema is made and migrated by the application: in order, once, idempotent, and safe when two nodes start at once.</summary>
public sealed class PostgresSchemaTests
{
    private readonly string _connectionString = PostgresTestServer.Shared.CreateDatabase("schema", migrated: false);

    [Fact]
    public void Migrate_EmptyDatabase_AppliesEveryMigrationInOrderOnce()
    {
        using var database = new PostgresDatabase(_connectionString);

        var applied = PostgresSchema.Migrate(database);

        Assert.Equal(PostgresSchema.Latest, applied);
        Assert.Equal(Enumerable.Range(1, PostgresSchema.Latest), Versions());
        Assert.Equal(0, new PostgresTicketStore(database).LastNumber(TestData.Day, "A"));
    }

    [Fact]
    public void Migrate_ThenTheDemosFourWeeksImported_EveryTicketKeptUnderTheUniqueNumbers()
    {
        // Migration 3 refuses a number given twice on a day; the demo history, copied in at once, gives none.
        using var database = new PostgresDatabase(_connectionString);
        PostgresSchema.Migrate(database);
        var tickets = new PostgresTicketStore(database);
        CatalogEditor.SeedIfEmpty(tickets, DemoMpp.Build());
        var batch = DemoHistory.Generate(tickets.LoadCatalog()!, DemoMpp.Officers(), TestData.Day, TestData.At(7, 0));

        new PostgresHistoryStore(database, tickets).ImportHistory(batch);

        Assert.NotEmpty(batch.Tickets);
        Assert.Equal(batch.Tickets.Count(t => t.ServiceDate == batch.LastDay), tickets.LoadTickets(batch.LastDay).Count);
        var first = batch.Tickets[0];
        Assert.Throws<System.Data.ConstraintException>(() => tickets.InsertTicket(TestData.Ticket("again", first.Number.Prefix, first.Number.Sequence, first.ServiceDate), null));
    }

    [Fact]
    public void Migrate_SecondStart_ChangesNothing()
    {
        using (var first = new PostgresDatabase(_connectionString))
        {
            PostgresSchema.Migrate(first);
            new PostgresTicketStore(first).InsertTicket(TestData.Ticket("t-1", "A", 1), null);
        }

        using var second = new PostgresDatabase(_connectionString);
        var applied = PostgresSchema.Migrate(second);

        Assert.Equal(0, applied);
        Assert.Equal(Enumerable.Range(1, PostgresSchema.Latest), Versions());
        Assert.Equal("t-1", new PostgresTicketStore(second).FindTicket("t-1")?.Id);
    }

    [Fact]
    public async Task Migrate_TwoStartsAtOnce_ApplyEachMigrationOnceAndSeedOneAfterTheOther()
    {
        using var gate = new Barrier(2);
        var inside = 0;
        var overlapped = false;
        var seeded = 0;
        var starts = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            using var database = new PostgresDatabase(_connectionString);
            gate.SignalAndWait();
            return PostgresSchema.Migrate(database, () =>
            {
                overlapped |= Interlocked.Increment(ref inside) > 1;
                var store = new PostgresTicketStore(database);

                // What the demo seeding does: only an empty database gets the site.
                if (store.LoadCatalog() is null)
                {
                    Thread.Sleep(200);
                    store.SaveSite(TestData.Site());
                    Interlocked.Increment(ref seeded);
                }

                Interlocked.Decrement(ref inside);
            });
        })).ToArray();

        var applied = await Task.WhenAll(starts);

        Assert.Equal(PostgresSchema.Latest, applied.Sum());
        Assert.Equal(Enumerable.Range(1, PostgresSchema.Latest), Versions());
        Assert.False(overlapped);
        Assert.Equal(1, seeded);
    }

    [Fact]
    public void Migrate_DatabaseNewerThanThisBuild_RefusesToStart()
    {
        using var database = new PostgresDatabase(_connectionString);
        PostgresSchema.Migrate(database);
        Execute($"INSERT INTO schema_version (version, applied_at_utc_ticks) VALUES ({PostgresSchema.Latest + 1}, 0)");

        var refused = Assert.Throws<InvalidOperationException>(() => PostgresSchema.Migrate(database));

        Assert.Contains("newer than this MppQueue knows", refused.Message, StringComparison.Ordinal);
    }

    private List<int> Versions()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version", connection);
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
