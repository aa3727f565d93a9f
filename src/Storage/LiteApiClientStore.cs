using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary><see cref="IApiClientStore"/> on a <see cref="LiteFile"/>, under its one lock (ADR 2); every write committed when it returns.</summary>
public sealed class LiteApiClientStore(LiteFile file) : IApiClientStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public IReadOnlyList<ApiClient> LoadApiClients() =>
        _file.Read(() => Clients().FindAll().Select(d => d.ToClient()).ToList());

    public void SaveApiClient(ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = ApiClientDocument.From(client);
        _file.Write(() => Clients().Upsert(document));
    }

    private ILiteCollection<ApiClientDocument> Clients() => _file.Collection<ApiClientDocument>(CollectionNames.ApiClients);
}
