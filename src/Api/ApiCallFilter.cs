using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Api.Auth;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Around every /api/v1 endpoint: the client must have the operation the endpoint names (<see cref="ApiRequires"/>;
/// none named means nobody may call it), a refusal of the scope becomes a 404 or 403 problem, an engine's refusal a
/// 4xx problem, and a call that changed something is written to the audit log with the client as its actor, what it
/// changed as the subject and what it did as the detail (<see cref="ApiRequest.Changed"/>).
/// </summary>
public sealed class ApiCallFilter(IQueueStore store, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.Features.Get<ApiCallerFeature>()?.Caller is not { } caller)
        {
            return ApiProblems.Unauthenticated();
        }

        object? result;
        try
        {
            var requires = http.GetEndpoint()?.Metadata.GetMetadata<ApiRequires>();
            if (requires is null)
            {
                return ApiProblems.Refused(new ApiAccessException(ApiAccessError.OperationNotAllowed, "undeclared"));
            }

            caller.Require(requires.Operation);
            result = await next(context);
        }
        catch (ApiAccessException refusal)
        {
            return ApiProblems.Refused(refusal);
        }
        catch (QueueException refusal)
        {
            return ApiProblems.Refused(refusal);
        }

        // A replay (an Idempotency-Key seen before) changed nothing now: its first call was audited.
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? string.Empty;
        var change = ApiRequest.ChangeOf(http);
        if (!ApiRequest.IsReplayed(http)
            && ApiAudit.ForCall(caller, http.Request.Method, route, change?.Subject ?? http.Request.Path.Value ?? route, status, time.GetUtcNow(), change?.What) is { } entry)
        {
            store.AppendAudit(entry);
        }

        return result;
    }
}
