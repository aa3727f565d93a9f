using System.Collections.Concurrent;

namespace MppQueue.Core.Tests.Support;

/// <summary>API clients in memory, as the registry would find them after a restart.</summary>
public sealed class InMemoryApiClientStore : IApiClientStore
{
    private readonly ConcurrentDictionary<string, ApiClient> _clients = new();

    public IReadOnlyList<ApiClient> LoadApiClients() => [.. _clients.Values];

    public void SaveApiClient(ApiClient client) => _clients[client.Id] = client;

    public ApiClient? Stored(string id) => _clients.TryGetValue(id, out var client) ? client : null;
}
