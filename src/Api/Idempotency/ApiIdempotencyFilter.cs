using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MppQueue.Api.Messages;

namespace MppQueue.Api.Idempotency;

/// <summary>
/// Around an API POST that creates something (inside <see cref="ApiCallFilter"/>, so the client and its operation are
/// already checked): requires an Idempotency-Key, answers a retry of the same request with the answer it had, refuses
/// the key with another request (409), and keeps only answers that succeeded. A request is the same when its method,
/// path and JSON body (as bound, so spacing and key order do not matter) are.
/// </summary>
public sealed class ApiIdempotencyFilter(ApiIdempotency keys) : IEndpointFilter
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var caller = ApiRequest.Caller(http);
        var key = http.Request.Headers[ApiIdempotency.Header].ToString();
        if (!ApiIdempotency.IsValidKey(key))
        {
            return ApiProblems.IdempotencyKeyRequired();
        }

        var (outcome, answer) = keys.Claim(caller.ClientId, key, Fingerprint(http, context.Arguments));
        switch (outcome)
        {
            case IdempotencyOutcome.Replay:
                http.Response.Headers[ReplayedHeader] = "true";
                ApiRequest.MarkReplayed(http);
                return answer;
            case IdempotencyOutcome.Reused:
                return ApiProblems.IdempotencyKeyReused();
            case IdempotencyOutcome.InUse:
                return ApiProblems.IdempotencyKeyInUse();
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            keys.Abandon(caller.ClientId, key);
            throw;
        }

        if (result is IResult done and IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
        {
            keys.Complete(caller.ClientId, key, done);
        }
        else
        {
            keys.Abandon(caller.ClientId, key);
        }

        return result;
    }

    private static string Fingerprint(HttpContext http, IList<object?> arguments)
    {
        var text = new StringBuilder(http.Request.Method).Append(' ').Append(http.Request.Path.Value);
        foreach (var argument in arguments)
        {
            if (argument is null || argument.GetType().Namespace == typeof(NewBookingMessage).Namespace)
            {
                text.Append('\n').Append(argument is null ? "null" : JsonSerializer.Serialize(argument, argument.GetType()));
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
