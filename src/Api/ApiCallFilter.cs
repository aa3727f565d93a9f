using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Api.Auth;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Around every /api/v1 endpoint: the client must have the operation the endpoint names (<see cref="ApiRequires"/>;
/// none named means nobody may call it), a refusal of the scope becomes a 404 or 403 problem, an engine's refusal a
/// 4xx problem, and a call that changed something is written to the audit log with the client as its actor.
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

        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? string.Empty;
        if (ApiAudit.ForCall(caller, http.Request.Method, route, http.Request.Path.Value ?? route, status, time.GetUtcNow()) is { } entry)
        {
            store.AppendAudit(entry);
        }

        return result;
    }
}
