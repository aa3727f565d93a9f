using Microsoft.AspNetCore.Http;
using MppQueue.Api.Auth;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>What an endpoint knows about the request it answers, and what it tells <see cref="ApiCallFilter"/> for the audit log.</summary>
public static class ApiRequest
{
    private static readonly object _replayed = new();

    /// <summary>The authenticated API client; only /api/v1 endpoints (behind <see cref="ApiCallFilter"/>) may ask.</summary>
    public static ApiCaller Caller(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ApiCallerFeature>()?.Caller
            ?? throw new InvalidOperationException("No API client on this request: the endpoint is not behind the API's policy.");
    }

    /// <summary>Says what a write changed, for its audit entry: the subject (a booking's code, a ticket's id, an agency) and a short sentence.</summary>
    public static void Changed(HttpContext context, string subject, string what)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Set(new ApiChange(subject, what));
    }

    /// <summary>What the endpoint said it changed, if it did.</summary>
    public static ApiChange? ChangeOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ApiChange>();
    }

    /// <summary>Marks the answer as the replay of an earlier one (an Idempotency-Key seen before): nothing changed now.</summary>
    public static void MarkReplayed(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[_replayed] = true;
    }

    public static bool IsReplayed(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.ContainsKey(_replayed);
    }
}
