using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;
using Npgsql;

namespace MppQueue.Storage.Tests;

/// <summary>
/// Several sites in one PostgreSQL database, each in a schema of its own named by the connection string's Search Path
/// (docs/adr/0023-one-schema-per-site.md): each has its own tables, numbering, keys and journal, and its own locks, so
/// that one building's moves never wait for another's.
/// </summary>
public sealed class PostgresSitesTests : IDisposable
{
    private readonly string _connectionString = PostgresTestServer.Shared.CreateDatabase("sites", migrated: false);
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }
    }

    [Fact]
    public void TwoSites_OneDatabase_EachKeepsItsOwnTablesNumbersKeysAndJournal()
    {
        var a = Site("mpp_kota_a");
        var b = Site("mpp_kota_b");
        var storeA = new PostgresTicketStore(a);
        var storeB = new PostgresTicketStore(b);
        storeA.SaveSite(TestData.Site() with { Name = "MPP Kota A" });
        storeB.SaveSite(TestData.Site() with { Name = "MPP Kota B" });

        storeA.InsertTicket(TestData.Ticket("a-1", "A", 1), null);
        storeA.InsertTicket(TestData.Ticket("a-2", "A", 2), null);
        storeB.InsertTicket(TestData.Ticket("b-1", "A", 1), null);
        new PostgresSharedKeys(a).StoreKey("key-a", "<key id=\"a\" />");

        Assert.Equal(("MPP Kota A", "MPP Kota B"), (storeA.LoadCatalog()!.Site.Name, storeB.LoadCatalog()!.Site.Name));
        Assert.Equal((2, 1), (storeA.LastNumber(TestData.Day, "A"), storeB.LastNumber(TestData.Day, "A")));
        Assert.Equal(["a-1", "a-2"], storeA.LoadTickets(TestData.Day).Select(t => t.Id));
        Assert.Equal(["b-1"], storeB.LoadTickets(TestData.Day).Select(t => t.Id));
        Assert.Null(storeB.FindTicket("a-1"));
        Assert.Empty(new PostgresSharedKeys(b).ReadKeys());
        Assert.Equal(
            ["mpp_kota_a", "mpp_kota_b"],
            Query("SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name = 'tickets' ORDER BY 1"));
        Assert.Empty(Query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    [Fact]
    public async Task MoveLock_HeldByOneSite_OtherSiteMovesAndSameSiteWaits()
    {
        var a = Site("mpp_kota_a");
        var b = Site("mpp_kota_b");
        var scopesA = Own(new PostgresMoveScopes(a));
        var otherNodeOfA = Own(new PostgresMoveScopes(Site("mpp_kota_a")));
        var scopesB = Own(new PostgresMoveScopes(b));
        Assert.NotEqual(scopesA.Channel, scopesB.Channel);

        var held = scopesA.Enter();
        using (scopesB.Enter())
        {
            // Site B's move went ahead while A's lock is held: it was not queued behind another building.
        }

        var waiting = Task.Run(() => otherNodeOfA.Enter());
        var finished = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.NotSame(waiting, finished);

        held.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    [Theory]
    [InlineData("mpp;drop schema public")]
    [InlineData("MppKotaA")]
    [InlineData("mpp_a,public")]
    public void SearchPath_NotOneLowerCaseSchemaName_RefusedWithAMessageNamingIt(string searchPath)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = searchPath }.ConnectionString;

        var refused = Assert.Throws<ArgumentException>(() => new PostgresDatabase(connectionString));

        Assert.Contains(searchPath, refused.Message, StringComparison.Ordinal);
    }

    private PostgresDatabase Site(string schema)
    {
        var database = Own(new PostgresDatabase(new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = schema }.ConnectionString));
        PostgresSchema.Migrate(database);
        Assert.Equal(schema, database.Schema);
        return database;
    }

    private T Own<T>(T owned)
        where T : IDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    private List<string> Query(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
