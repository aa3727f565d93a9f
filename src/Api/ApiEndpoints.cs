using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MppQueue.Api.Auth;
using MppQueue.Api.Messages;
using MppQueue.Core;
using Scalar.AspNetCore;

namespace MppQueue.Api;

/// <summary>
/// The integration API for other systems, under /api/v1: read endpoints for agencies, services, live queues, tickets
/// and today's figures, and for an agency's own systems bookings (<see cref="ApiBookingEndpoints"/>) and tickets
/// (<see cref="ApiTicketEndpoints"/>). Every endpoint is behind the API clients' own authentication (never the
/// officers' cookie), their rate limit, and <see cref="ApiCallFilter"/>; everything goes through
/// <see cref="ApiCaller"/>, which keeps to the client's scope, and reads take today from one snapshot of the engine. The OpenAPI document and its reference page
/// are open to anyone: they describe the API, they hold no data.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";
    public const string OpenApiPath = "/openapi/v1.json";
    public const string DocsPath = "/api/docs";
    public const string DocumentName = "v1";

    /// <summary>The API clients' rate limit (<see cref="ApiRateMiddleware"/>): after authorization, before the endpoints.</summary>
    public static IApplicationBuilder UseApiRateLimit(this IApplicationBuilder app) => app.UseMiddleware<ApiRateMiddleware>();

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(ApiAuth.Policy)
            .WithMetadata(ApiRateLimited.Instance)
            .AddEndpointFilter<ApiCallFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        Read(api.MapGet("/agencies", Agencies), "ListAgencies", "The agencies within the client's scope.");
        Read(api.MapGet("/agencies/{agencyId}", Agency), "GetAgency", "One agency.").ProducesProblem(StatusCodes.Status404NotFound);
        Read(api.MapGet("/services", Services), "ListServices", "Services with hours, requirements, availability and today's quota left; optionally of one agency (?agencyId=).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Read(api.MapGet("/services/{serviceId}", Service), "GetService", "One service with hours, requirements, availability and today's quota left.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Read(api.MapGet("/services/{serviceId}/queue", Queue), "GetQueue", "A service's live queue: waiting, now serving, the wait a new ticket can expect.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Read(api.MapGet("/tickets/{ticketId}", Ticket), "GetTicket", "One ticket (of any day) with its moves and their times.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Read(api.MapGet("/figures/today", Figures), "GetTodayFigures", "Today's figures per service so far; optionally of one agency (?agencyId=).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        ApiBookingEndpoints.Map(api);
        ApiTicketEndpoints.Map(api);
        api.MapApiWebhooks();

        // The description of the API and its reference page: anonymous, read-only, no data of the MPP in them.
        endpoints.MapOpenApi(OpenApiPath).AllowAnonymous();
        endpoints.MapScalarApiReference(DocsPath, page => page
            .WithTitle(ApiProblems.Text(nameof(ApiText.DocumentTitle)))
            .WithOpenApiRoutePattern(OpenApiPath))
            .AllowAnonymous();
        return endpoints;
    }

    private static RouteHandlerBuilder Read(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithMetadata(new ApiRequires(ApiOperation.Read)).WithTags("Read").WithName(name).WithSummary(summary);

    private static Ok<IReadOnlyList<AgencyMessage>> Agencies(HttpContext http, QueueEngine engine)
    {
        var caller = ApiRequest.Caller(http);
        return TypedResults.Ok<IReadOnlyList<AgencyMessage>>([.. caller.Agencies(engine.Catalog).Select(ApiViews.Agency)]);
    }

    private static Ok<AgencyMessage> Agency(string agencyId, HttpContext http, QueueEngine engine) =>
        TypedResults.Ok(ApiViews.Agency(ApiRequest.Caller(http).RequireAgency(engine.Catalog, agencyId)));

    private static Ok<IReadOnlyList<ServiceMessage>> Services(string? agencyId, HttpContext http, QueueEngine engine)
    {
        var snapshot = engine.Snapshot;
        var now = engine.Clock.GetUtcNow();
        var services = ApiRequest.Caller(http).Services(snapshot.Catalog, agencyId);
        return TypedResults.Ok<IReadOnlyList<ServiceMessage>>([.. services.Select(s => ApiViews.Service(s, snapshot, now))]);
    }

    private static Ok<ServiceMessage> Service(string serviceId, HttpContext http, QueueEngine engine)
    {
        var snapshot = engine.Snapshot;
        var service = ApiRequest.Caller(http).RequireService(snapshot.Catalog, serviceId);
        return TypedResults.Ok(ApiViews.Service(service, snapshot, engine.Clock.GetUtcNow()));
    }

    private static Ok<QueueMessage> Queue(string serviceId, HttpContext http, QueueEngine engine)
    {
        var snapshot = engine.Snapshot;
        var service = ApiRequest.Caller(http).RequireService(snapshot.Catalog, serviceId);
        return TypedResults.Ok(ApiViews.Queue(service, snapshot, engine.Clock.GetUtcNow()));
    }

    private static Ok<TicketMessage> Ticket(string ticketId, HttpContext http, QueueEngine engine)
    {
        var caller = ApiRequest.Caller(http);
        caller.Require(ApiOperation.Read);
        var snapshot = engine.Snapshot;
        var ticket = caller.RequireTicket(snapshot.Catalog, engine.FindTicket(ticketId));
        return TypedResults.Ok(ApiViews.Ticket(ticket, snapshot));
    }

    private static Ok<TodayFiguresMessage> Figures(string? agencyId, HttpContext http, QueueEngine engine)
    {
        var snapshot = engine.Snapshot;
        var now = engine.Clock.GetUtcNow();
        var services = ApiRequest.Caller(http).Services(snapshot.Catalog, agencyId);
        return TypedResults.Ok(new TodayFiguresMessage(snapshot.Day, now, [.. services.Select(s => ApiViews.Figures(s, snapshot, now))]));
    }
}
