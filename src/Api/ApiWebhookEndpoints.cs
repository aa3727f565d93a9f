using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MppQueue.Api.Messages;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// /api/v1/webhooks: an agency's client manages its own subscriptions to its agency's events, reads their deliveries
/// and the events still waiting (the dead-letter list of a stopped one), and replays from a sequence number. Every
/// endpoint needs <see cref="ApiOperation.Webhooks"/>; scope and ownership are checked in Core (<see cref="ApiWebhookAccess"/>).
/// </summary>
public static class ApiWebhookEndpoints
{
    private const int WaitingShown = 100;

    public static RouteGroupBuilder MapApiWebhooks(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        Op(api.MapGet("/webhooks", List), "ListWebhooks", "The client's webhook subscriptions.");
        Op(api.MapPost("/webhooks", Create), "CreateWebhook", "Subscribes an https endpoint to the agency's events; the answer holds the signing secret, shown this once.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        Op(api.MapGet("/webhooks/{webhookId}", Get), "GetWebhook", "One subscription: its state, cursor and last error.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Op(api.MapDelete("/webhooks/{webhookId}", Delete), "DeleteWebhook", "Removes a subscription.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Op(api.MapGet("/webhooks/{webhookId}/deliveries", Deliveries), "ListWebhookDeliveries", "The last attempts (newest first) and the events waiting (oldest first).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Op(api.MapPost("/webhooks/{webhookId}/replay", Replay), "ReplayWebhook", "Delivers again from a sequence number and restarts a stopped subscription.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static RouteHandlerBuilder Op(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithMetadata(new ApiRequires(ApiOperation.Webhooks)).WithName(name).WithSummary(summary).WithTags("Webhooks");

    private static Ok<IReadOnlyList<WebhookMessage>> List(HttpContext http, WebhookService webhooks) =>
        TypedResults.Ok<IReadOnlyList<WebhookMessage>>([.. ApiRequest.Caller(http).OwnWebhooks(webhooks).Select(WebhookMessage.Of)]);

    private static Results<Created<WebhookCreatedMessage>, ProblemHttpResult> Create(WebhookRequestMessage? message, HttpContext http, WebhookService webhooks, QueueEngine engine)
    {
        var caller = ApiRequest.Caller(http);
        var agency = caller.WebhookAgency();
        try
        {
            var made = webhooks.Create(new WebhookRequest(message?.Name, message?.Url, message?.Types), caller.ClientId, agency, engine.Catalog);
            return TypedResults.Created(ApiEndpoints.Prefix + "/webhooks/" + made.Id, new WebhookCreatedMessage(WebhookMessage.Of(made), made.Secret));
        }
        catch (WebhookException refused)
        {
            return Problem(refused);
        }
    }

    private static Ok<WebhookMessage> Get(string webhookId, HttpContext http, WebhookService webhooks) =>
        TypedResults.Ok(WebhookMessage.Of(ApiRequest.Caller(http).RequireOwnWebhook(webhooks, webhookId)));

    private static NoContent Delete(string webhookId, HttpContext http, WebhookService webhooks)
    {
        webhooks.Delete(ApiRequest.Caller(http).RequireOwnWebhook(webhooks, webhookId).Id);
        return TypedResults.NoContent();
    }

    private static Ok<WebhookDeliveriesMessage> Deliveries(string webhookId, HttpContext http, WebhookService webhooks)
    {
        var id = ApiRequest.Caller(http).RequireOwnWebhook(webhooks, webhookId).Id;
        return TypedResults.Ok(new WebhookDeliveriesMessage(
            [.. webhooks.Attempts(id).Select(WebhookAttemptMessage.Of)],
            [.. webhooks.Waiting(id, WaitingShown).Select(EventMessage.Of)]));
    }

    private static Ok<WebhookMessage> Replay(string webhookId, WebhookReplayMessage? message, HttpContext http, WebhookService webhooks)
    {
        var id = ApiRequest.Caller(http).RequireOwnWebhook(webhooks, webhookId).Id;
        return TypedResults.Ok(WebhookMessage.Of(webhooks.Replay(id, message?.FromSequence ?? 0)));
    }

    private static ProblemHttpResult Problem(WebhookException refused) => TypedResults.Problem(
        statusCode: refused.Code == WebhookError.TooMany ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
        title: refused.Code.ToString(),
        detail: refused.Message);
}
