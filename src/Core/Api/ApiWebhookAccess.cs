namespace MppQueue.Core;

/// <summary>
/// What an API client may do with webhooks: with <see cref="ApiOperation.Webhooks"/>, an agency's client subscribes to
/// its agency's events and manages its own subscriptions only; another client's subscription is refused exactly like an
/// unknown one. Subscriptions for the whole MPP (a city dashboard) are made in the administration.
/// </summary>
public static class ApiWebhookAccess
{
    /// <summary>The agency whose events the client may subscribe to.</summary>
    public static string WebhookAgency(this ApiCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Require(ApiOperation.Webhooks);
        return caller.Scope.AgencyId ?? throw new ApiAccessException(ApiAccessError.OperationNotAllowed, nameof(ApiOperation.Webhooks));
    }

    public static IReadOnlyList<WebhookSubscription> OwnWebhooks(this ApiCaller caller, WebhookService webhooks)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(webhooks);
        caller.Require(ApiOperation.Webhooks);
        return webhooks.List(caller.ClientId);
    }

    /// <summary>The client's own subscription, or <see cref="ApiAccessError.NotFound"/>.</summary>
    public static WebhookSubscription RequireOwnWebhook(this ApiCaller caller, WebhookService webhooks, string? id)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(webhooks);
        caller.Require(ApiOperation.Webhooks);
        return webhooks.Find(id) is { } found && found.OwnerId == caller.ClientId
            ? found
            : throw new ApiAccessException(ApiAccessError.NotFound, "webhook");
    }
}
