namespace MppQueue.Core;

/// <summary>Where API clients are kept (revoked ones too). Writes are atomic and committed when the method returns.</summary>
public interface IApiClientStore
{
    IReadOnlyList<ApiClient> LoadApiClients();

    /// <summary>Adds the client or replaces the one with the same id.</summary>
    void SaveApiClient(ApiClient client);
}
