using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// An API client as one request sees it, and the only way the API reaches the catalog and the tickets: every read
/// goes through a method here that first requires <see cref="ApiOperation.Read"/> and then keeps to the client's
/// <see cref="Scope"/>, the way <see cref="CatalogAccess"/> keeps a supervisor to their agency. Something outside the
/// scope is refused exactly as something unknown (<see cref="ApiAccessError.NotFound"/>), so an agency's client cannot
/// learn what another agency has. Inactive agencies and services are not shown. A write (a booking, a ticket) also
/// needs an agency's scope: a client for the whole MPP only reads, so every write is refused it as not allowed.
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

    /// <summary>
    /// The service a write is for (a booking, a ticket): requires <paramref name="operation"/> and an agency's scope
    /// (<see cref="ApiAccessError.OperationNotAllowed"/>), then an active service of an active agency in the scope;
    /// anything else is <see cref="ApiAccessError.NotFound"/>, exactly like an unknown service.
    /// </summary>
    public Service RequireServiceFor(ApiOperation operation, SiteCatalog catalog, string? serviceId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        RequireWrite(operation);
        var service = catalog.FindService(serviceId);
        return service is { Active: true } && Owns(service.AgencyId, catalog) ? service : throw new ApiAccessException(ApiAccessError.NotFound, "service");
    }

    /// <summary>
    /// A booking the client may look up, cancel or move: requires <see cref="ApiOperation.Bookings"/> and an agency's
    /// scope, then a booking of one of the agency's services (in any state); a booking of another agency is
    /// <see cref="ApiAccessError.NotFound"/>, exactly like an unknown code.
    /// </summary>
    public Booking RequireBooking(SiteCatalog catalog, Booking? found)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        RequireWrite(ApiOperation.Bookings);
        return found is not null && Owns(catalog.FindService(found.ServiceId)?.AgencyId, catalog)
            ? found
            : throw new ApiAccessException(ApiAccessError.NotFound, "booking");
    }

    /// <summary>The client's own agency, for a write that concerns the agency as a whole (loading its booking codes).</summary>
    public Agency RequireOwnAgency(ApiOperation operation, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        RequireWrite(operation);
        return catalog.Agencies.GetValueOrDefault(Scope.AgencyId!) is { Active: true } agency
            ? agency
            : throw new ApiAccessException(ApiAccessError.NotFound, "agency");
    }

    // A write needs its operation and one agency: the registry never gives a client for the whole MPP more than
    // reading, and a write is refused it here too, whatever its stored operations say.
    private void RequireWrite(ApiOperation operation)
    {
        if (operation == ApiOperation.Read)
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "A write names the operation it needs.");
        }

        Require(operation);
        if (Scope.IsMppWide)
        {
            throw new ApiAccessException(ApiAccessError.OperationNotAllowed, operation.ToString());
        }
    }

    private bool Owns(string? agencyId, SiteCatalog catalog) =>
        !Scope.IsMppWide && Scope.Covers(agencyId) && catalog.Agencies.GetValueOrDefault(agencyId!) is { Active: true };
}
