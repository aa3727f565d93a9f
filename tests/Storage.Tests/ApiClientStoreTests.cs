using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>API clients in the LiteDB file: every field kept across a restart, replaced by id (a renewal, a revocation).</summary>
public abstract class ApiClientStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void SaveApiClient_ReopenedAfterRevocation_ReadsBackEveryField()
    {
        var client = new ApiClient
        {
            Id = "c0ffee",
            Name = "Sistem Polres",
            Scope = ApiScope.Agency("polres"),
            Operations = [ApiOperation.Tickets, ApiOperation.Read],
            SecretHash = ApiSecret.Hash("rahasia"),
            CreatedAt = TestData.At(7, 15, 3),
            SecretIssuedAt = TestData.At(8, 0, 1),
        };
        var mppWide = client with { Id = "d00d", Scope = ApiScope.Mpp, Operations = [ApiOperation.Read] };
        using (var store = Host.Open())
        {
            store.SaveApiClient(client);
            store.SaveApiClient(mppWide);
            store.SaveApiClient(client with { RevokedAt = TestData.At(9, 41, 12) });
        }

        using var reopened = Host.Open();

        var clients = reopened.LoadApiClients().OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(2, clients.Count);
        var stored = clients[0];
        Assert.Equal(
            (client.Id, client.Name, "polres", client.SecretHash, client.CreatedAt, client.SecretIssuedAt, (DateTimeOffset?)TestData.At(9, 41, 12)),
            (stored.Id, stored.Name, stored.Scope.AgencyId, stored.SecretHash, stored.CreatedAt, stored.SecretIssuedAt, stored.RevokedAt));
        Assert.Equal([ApiOperation.Read, ApiOperation.Tickets], stored.Operations);
        Assert.True(clients[1].Scope.IsMppWide);
        Assert.True(clients[1].Active);
    }
}

public sealed class ApiClientStoreOnLiteDbTests() : ApiClientStoreTests(new LiteStoreHost());

public sealed class ApiClientStoreOnPostgresTests() : ApiClientStoreTests(new PostgresStoreHost("ApiClientStore"));
