using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// An API client as one request sees it, and the only way the API reaches the catalog and the tickets: every read
/// goes through a method here that first requires <see cref="ApiOperation.Read"/> and then keeps to the client's
/// <see cref="Scope"/>, the way <see cref="CatalogAccess"/> keeps a supervisor to their agency. Something outside the
/// scope is refused exactly as something unknown (<see cref="ApiAccessError.NotFound"/>), so an agency's client cannot
/// learn what another agency has. Inactive agencies and services are not shown.
/// </summary>
public sealed record ApiCaller(string ClientId, string Name, ApiScope Scope, ImmutableSortedSet<ApiOperation> Operations)
{
    public static ApiCaller Of(ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new ApiCaller(client.Id, client.Name, client.Scope, client.Operations);
    }

    /// <summary>The audit log's actor for what this client changes.</summary>
    public string AuditActor => ApiAudit.ActorOf(ClientId);

    public bool May(ApiOperation operation) => Operations.Contains(operation);

    /// <summary>Throws <see cref="ApiAccessError.OperationNotAllowed"/> unless the client was given the operation.</summary>
    public void Require(ApiOperation operation)
    {
        if (!May(operation))
        {
            throw new ApiAccessException(ApiAccessError.OperationNotAllowed, operation.ToString());
        }
    }

    /// <summary>Whether the client may read the service (active, of an active agency in its scope).</summary>
    public bool CanRead(Service? service, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return May(ApiOperation.Read) && service is { Active: true } && CanRead(catalog.Agencies.GetValueOrDefault(service.AgencyId));
    }

    /// <summary>Whether the client may read the agency (active and in its scope).</summary>
    public bool CanRead(Agency? agency) => May(ApiOperation.Read) && agency is { Active: true } && Scope.Covers(agency.Id);

    /// <summary>
    /// Whether the client may read the ticket: one of its scope's agencies issued it or serves it now (a ticket
    /// transferred between agencies belongs to both, as its history does to their supervisors).
    /// </summary>
    public bool CanRead(Ticket? ticket, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return May(ApiOperation.Read) && ticket is not null
            && (Scope.Covers(catalog.FindService(ticket.ServiceId)?.AgencyId) || Scope.Covers(catalog.FindService(ticket.IssuingServiceId)?.AgencyId));
    }

    /// <summary>The agencies the client may read, in the building's order.</summary>
    public IReadOnlyList<Agency> Agencies(SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Require(ApiOperation.Read);
        return [.. catalog.Agencies.Values.Where(CanRead).OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>The services the client may read, optionally of one agency, in the building's order.</summary>
    public IReadOnlyList<Service> Services(SiteCatalog catalog, string? agencyId = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Require(ApiOperation.Read);
        if (agencyId is not null)
        {
            RequireAgency(catalog, agencyId);
        }

        return [.. catalog.Services.Values
            .Where(s => (agencyId is null || s.AgencyId == agencyId) && CanRead(s, catalog))
            .OrderBy(s => catalog.Agencies.GetValueOrDefault(s.AgencyId)?.SortOrder ?? int.MaxValue)
            .ThenBy(s => s.SortOrder)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>The agency, or <see cref="ApiAccessError.NotFound"/> when it is unknown, inactive or outside the scope.</summary>
    public Agency RequireAgency(SiteCatalog catalog, string? agencyId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Require(ApiOperation.Read);
        var agency = agencyId is null ? null : catalog.Agencies.GetValueOrDefault(agencyId);
        return CanRead(agency) ? agency! : throw new ApiAccessException(ApiAccessError.NotFound, "agency");
    }

    /// <summary>The service, or <see cref="ApiAccessError.NotFound"/> when it is unknown, inactive or outside the scope.</summary>
    public Service RequireService(SiteCatalog catalog, string? serviceId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Require(ApiOperation.Read);
        var service = catalog.FindService(serviceId);
        return CanRead(service, catalog) ? service! : throw new ApiAccessException(ApiAccessError.NotFound, "service");
    }

    /// <summary>The ticket found by id, or <see cref="ApiAccessError.NotFound"/> when there is none or it is outside the scope.</summary>
    public Ticket RequireTicket(SiteCatalog catalog, Ticket? found)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Require(ApiOperation.Read);
        return CanRead(found, catalog) ? found! : throw new ApiAccessException(ApiAccessError.NotFound, "ticket");
    }
}
