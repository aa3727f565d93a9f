using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The API clients: created with a secret shown once, renewed (a new secret; the old one stops working at once) and
/// revoked, kept in memory and written through <see cref="IApiClientStore"/> before a change is seen. Every API request
/// is checked here (<see cref="Authenticate"/>) against the client as it is now, so a revocation or renewal takes
/// effect on the next request. Who may change clients, and the audit of it, is the admin area's.
/// </summary>
public sealed class ApiClientRegistry
{
    public const int MaxNameLength = 60;

    private readonly Lock _gate = new();
    private readonly IApiClientStore _store;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, ApiClient> _byId = new(StringComparer.Ordinal);

    public ApiClientRegistry(IApiClientStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
        foreach (var client in store.LoadApiClients())
        {
            _byId[client.Id] = client;
        }
    }

    /// <summary>Every client, active ones first, then by name.</summary>
    public IReadOnlyList<ApiClient> Clients()
    {
        lock (_gate)
        {
            return [.. _byId.Values.OrderBy(c => c.Active ? 0 : 1).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.Id, StringComparer.Ordinal)];
        }
    }

    public ApiClient? Find(string? id)
    {
        lock (_gate)
        {
            return id is not null && _byId.TryGetValue(id, out var client) ? client : null;
        }
    }

    /// <summary>Creates a client and its first secret. A client for the whole MPP reads only; an agency's may be given any operation.</summary>
    public ApiClientIssued Create(ApiClientRequest request, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        var name = ValidName(request.Name);
        var operations = (request.Operations ?? []).Where(Enum.IsDefined).ToImmutableSortedSet();
        if (operations.IsEmpty)
        {
            throw new ApiClientException(ApiClientError.NoOperations, "An API client needs at least one operation.");
        }

        ApiScope scope;
        if (string.IsNullOrWhiteSpace(request.AgencyId))
        {
            scope = ApiScope.Mpp;
            if (operations.Any(o => o != ApiOperation.Read))
            {
                throw new ApiClientException(ApiClientError.MppScopeReadOnly, "A client for the whole MPP may only read.");
            }
        }
        else
        {
            scope = catalog.Agencies.ContainsKey(request.AgencyId)
                ? ApiScope.Agency(request.AgencyId)
                : throw new ApiClientException(ApiClientError.UnknownAgency, $"Unknown agency '{Printable.Echo(request.AgencyId)}'.");
        }

        var secret = ApiSecret.New();
        var now = _time.GetUtcNow();
        var client = new ApiClient
        {
            Id = Tokens.NewId(),
            Name = name,
            Scope = scope,
            Operations = operations,
            SecretHash = ApiSecret.Hash(secret),
            CreatedAt = now,
            SecretIssuedAt = now,
        };
        lock (_gate)
        {
            _store.SaveApiClient(client);
            _byId[client.Id] = client;
        }

        return new ApiClientIssued(client, ApiSecret.Credential(client.Id, secret));
    }

    /// <summary>Gives an active client a new secret; the old one stops working at once.</summary>
    public ApiClientIssued Renew(string id)
    {
        var secret = ApiSecret.New();
        lock (_gate)
        {
            var before = RequireActive(id);
            var client = before with { SecretHash = ApiSecret.Hash(secret), SecretIssuedAt = _time.GetUtcNow() };
            _store.SaveApiClient(client);
            _byId[client.Id] = client;
            return new ApiClientIssued(client, ApiSecret.Credential(client.Id, secret));
        }
    }

    /// <summary>Revokes a client for good: no secret works for it again; it stays listed, as revoked.</summary>
    public ApiClient Revoke(string id)
    {
        lock (_gate)
        {
            var client = RequireActive(id) with { RevokedAt = _time.GetUtcNow() };
            _store.SaveApiClient(client);
            _byId[client.Id] = client;
            return client;
        }
    }

    /// <summary>The caller behind a credential (<c>&lt;clientId&gt;.&lt;secret&gt;</c>); null when it is malformed, unknown, revoked or its secret is not the current one.</summary>
    public ApiCaller? Authenticate(string? credential)
    {
        if (!ApiSecret.TryParse(credential, out var id, out var secret))
        {
            return null;
        }

        var client = Find(id);
        return client is { Active: true } && ApiSecret.Matches(secret, client.SecretHash) ? ApiCaller.Of(client) : null;
    }

    private ApiClient RequireActive(string? id)
    {
        if (id is null || !_byId.TryGetValue(id, out var client))
        {
            throw new ApiClientException(ApiClientError.UnknownClient, $"Unknown API client '{Printable.Echo(id)}'.");
        }

        return client.Active ? client : throw new ApiClientException(ApiClientError.AlreadyRevoked, "The API client is revoked.");
    }

    private static string ValidName(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ApiClientException(ApiClientError.NameMissing, "An API client needs a name, e.g. \"Sistem antrean Imigrasi\".");
        }

        if (CatalogRules.HasControl(trimmed))
        {
            throw new ApiClientException(ApiClientError.NameNotPlain, "An API client's name may not contain control characters.");
        }

        return trimmed.Length > MaxNameLength
            ? throw new ApiClientException(ApiClientError.NameTooLong, $"An API client's name has at most {MaxNameLength} characters.")
            : trimmed;
    }
}
