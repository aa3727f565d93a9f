using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// The API clients page's state and decisions: the creation form (name, scope, operations; a client for the whole MPP
/// reads only), the credential shown once after a creation or renewal, a renewal or revocation that takes a second
/// click, and what was done or refused in the page's words. <see cref="ApiClientAdministration"/> lets only an active
/// admin change anything. A plain class: the page renders it; a unit test reaches it without rendering.
/// </summary>
/// <param name="whoActs">Reads the signed-in, active account afresh (null when there is none).</param>
public sealed class ApiClientsBoard(ApiClientAdministration clients, QueueEngine engine, Func<Task<Officer?>> whoActs)
{
    public const string Renew = "renew";
    public const string Revoke = "revoke";

    private readonly HashSet<ApiOperation> _operations = [ApiOperation.Read];
    private (string Id, string Action)? _confirm;

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public string? Name { get; set; }

    /// <summary>The agency of the new client's scope; empty for the whole MPP (read-only).</summary>
    public string AgencyId { get; set; } = string.Empty;

    public bool IsMppWide => string.IsNullOrEmpty(AgencyId);

    /// <summary>Why the creation was refused.</summary>
    public string? CreateError { get; private set; }

    /// <summary>What the last change did.</summary>
    public string? Notice { get; private set; }

    /// <summary>Why the last change to a listed client was refused.</summary>
    public string? RowError { get; private set; }

    /// <summary>The credential of the client just created or renewed: shown this once, gone with the next action.</summary>
    public (string Name, string Credential)? Issued { get; private set; }

    /// <summary>Active agencies in their order, for an agency's client.</summary>
    public IEnumerable<Agency> Agencies => engine.Catalog.Agencies.Values.Where(a => a.Active).OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.CurrentCulture);

    public static IReadOnlyList<ApiOperation> AllOperations { get; } = Enum.GetValues<ApiOperation>();

    public void Load() => Clients = clients.Clients();

    public bool Allows(ApiOperation operation) => _operations.Contains(operation) && (!IsMppWide || operation == ApiOperation.Read);

    /// <summary>Only reading is open to a client for the whole MPP.</summary>
    public bool CanChoose(ApiOperation operation) => !IsMppWide || operation == ApiOperation.Read;

    public void SetOperation(ApiOperation operation, bool allowed)
    {
        if (allowed)
        {
            _operations.Add(operation);
        }
        else
        {
            _operations.Remove(operation);
        }
    }

    /// <summary>Creates the client on the form and shows its credential once.</summary>
    public Task CreateAsync() => ActAsync(
        actor =>
        {
            var operations = AllOperations.Where(Allows).ToList();
            var issued = clients.Create(actor, new ApiClientRequest(Name, IsMppWide ? null : AgencyId, operations));
            Issued = (issued.Client.Name, issued.Credential);
            Name = null;
            return null;
        },
        error => CreateError = error);

    /// <summary>On the second click, gives the client a new secret (the old one stops working) and shows it once.</summary>
    public Task RenewAsync(ApiClient client) => Confirmed(client, Renew)
        ? ActAsync(
            actor =>
            {
                var issued = clients.Renew(actor, client.Id);
                Issued = (issued.Client.Name, issued.Credential);
                return null;
            },
            error => RowError = error)
        : Task.CompletedTask;

    /// <summary>On the second click, revokes the client for good.</summary>
    public Task RevokeAsync(ApiClient client) => Confirmed(client, Revoke)
        ? ActAsync(
            actor => Labels.Format(ApiClientText.Revoked, clients.Revoke(actor, client.Id).Name),
            error => RowError = error)
        : Task.CompletedTask;

    public bool IsConfirming(ApiClient client, string action) => client is not null && _confirm == (client.Id, action);

    public string Confirmable(ApiClient client, string action, string label) =>
        IsConfirming(client, action) ? Labels.Format(ApiClientText.ActionConfirm, label) : label;

    /// <summary>The scope as people read it: the agency's name, or the whole MPP.</summary>
    public string ScopeName(ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Scope.AgencyId is { } agencyId
            ? engine.Catalog.Agencies.GetValueOrDefault(agencyId)?.Name ?? agencyId
            : ApiClientText.ScopeMpp;
    }

    public static string OperationName(ApiOperation operation) => operation switch
    {
        ApiOperation.Read => ApiClientText.Operation_Read,
        ApiOperation.Bookings => ApiClientText.Operation_Bookings,
        ApiOperation.Tickets => ApiClientText.Operation_Tickets,
        _ => ApiClientText.Operation_Webhooks,
    };

    public static string Refusal(ApiClientError error) => error switch
    {
        ApiClientError.NameMissing => ApiClientText.Error_NameMissing,
        ApiClientError.NameTooLong => Labels.Format(ApiClientText.Error_NameTooLong, ApiClientRegistry.MaxNameLength),
        ApiClientError.UnknownAgency => ApiClientText.Error_UnknownAgency,
        ApiClientError.NoOperations => ApiClientText.Error_NoOperations,
        ApiClientError.NameNotPlain => ApiClientText.Error_NameNotPlain,
        ApiClientError.MppScopeReadOnly => ApiClientText.Error_MppScopeReadOnly,
        ApiClientError.AlreadyRevoked => ApiClientText.Error_AlreadyRevoked,
        _ => ApiClientText.Error_UnknownClient,
    };

    private bool Confirmed(ApiClient client, string action)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (IsConfirming(client, action))
        {
            _confirm = null;
            return true;
        }

        _confirm = (client.Id, action);
        return false;
    }

    private async Task ActAsync(Func<Officer, string?> act, Action<string> refused)
    {
        CreateError = RowError = Notice = null;
        Issued = null;
        try
        {
            var actor = await whoActs() ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
            Notice = act(actor);
        }
        catch (ApiClientException refusal)
        {
            refused(Refusal(refusal.Error));
        }
        catch (OfficerAdminException)
        {
            refused(ApiClientText.Error_NotAllowed);
        }

        Load();
    }
}
