using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MppQueue.Api.Idempotency;
using MppQueue.Api.Messages;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Tickets through the API, for an agency's own systems (a queue app, a front desk): a walk-in ticket for one of the
/// agency's services under the kiosk's rules (opening hours, cut-off, closed days, the Friday break, the walk-in
/// quota and the places kept for today's bookings), by the engine's own <see cref="QueueEngine.Issue"/>. The device-token
/// endpoints under /api/kiosk stay the registered kiosks' own way.
/// </summary>
public static class ApiTicketEndpoints
{
    /// <summary>Where a ticket's own page is, under the MPP's address (the kiosk area's /t/{token}, the QR's target).</summary>
    public const string TicketPagePrefix = "/t/";

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/tickets", Issue)
            .WithMetadata(new ApiRequires(ApiOperation.Tickets))
            .WithTags("Tickets")
            .WithName("IssueTicket")
            .WithSummary("Issues a walk-in ticket for one of the agency's services, under the kiosk's rules; answers its page token this once.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Idempotent();
    }

    private static async Task<Created<TicketIssuedMessage>> Issue(NewTicketMessage? message, HttpContext http, QueueEngine engine)
    {
        var caller = ApiRequest.Caller(http);
        var service = caller.RequireServiceFor(ApiOperation.Tickets, engine.Catalog, ApiWrites.Required(message?.ServiceId, "serviceId"));
        var priority = ApiWrites.Priority(message!.Priority);

        // The key reaches the engine too (as the kiosk's does), which keeps it with the ticket for the day: a retry
        // after a restart, when the API's own memory of keys is gone, still gets the same ticket.
        var key = caller.ClientId + ":" + http.Request.Headers[ApiIdempotency.Header].ToString();
        var ticket = await engine.MoveAsync(() => engine.Issue(new IssueRequest(service.Id, priority, caller.AuditActor, key)), http.RequestAborted);
        ApiRequest.Changed(http, ticket.Id, $"ticket {ticket.Number} issued for {ticket.ServiceId}");
        return TypedResults.Created(
            ApiEndpoints.Prefix + "/tickets/" + ticket.Id,
            new TicketIssuedMessage(ApiViews.Ticket(ticket, engine.Snapshot), ticket.Token, TicketPagePrefix + ticket.Token));
    }
}
