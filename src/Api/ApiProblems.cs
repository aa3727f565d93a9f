using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Every refusal of the API as problem details (RFC 7807), with a stable <c>title</c> a program can test and a
/// <c>detail</c> a developer can read. The API answers in English whatever the hall's language (ApiText.en.resx).
/// </summary>
public static class ApiProblems
{
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en");

    /// <summary>The culture the API answers in, whatever the hall's language.</summary>
    public static CultureInfo English => _english;

    public static IResult Unauthenticated() => Problem(StatusCodes.Status401Unauthorized, "Unauthenticated", Text(nameof(ApiText.Unauthenticated)));

    public static IResult Refused(ApiAccessException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Error == ApiAccessError.OperationNotAllowed
            ? Problem(StatusCodes.Status403Forbidden, "OperationNotAllowed", Text(nameof(ApiText.OperationNotAllowed), refusal.What))
            : Problem(StatusCodes.Status404NotFound, "NotFound", Text(nameof(ApiText.NotFound), refusal.What));
    }

    /// <summary>
    /// The engine's refusal, with its code as the title and its sentence in English as the detail: 404 for something
    /// unknown (worded like the scope's own 404), 400 for a value that is not valid, and 409 for everything the state
    /// of the queue refuses (full, closed, too late, already booked, already moved, the quota used up).
    /// </summary>
    public static IResult Refused(QueueException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Code switch
        {
            QueueErrorCode.UnknownService => Problem(StatusCodes.Status404NotFound, "NotFound", Text(nameof(ApiText.NotFound), "service")),
            QueueErrorCode.UnknownTicket => Problem(StatusCodes.Status404NotFound, "NotFound", Text(nameof(ApiText.NotFound), "ticket")),
            QueueErrorCode.UnknownBooking => Problem(StatusCodes.Status404NotFound, "NotFound", Text(nameof(ApiText.NotFound), "booking")),
            QueueErrorCode.UnknownDesk => Problem(StatusCodes.Status404NotFound, "NotFound", Text(nameof(ApiText.NotFound), "item")),
            QueueErrorCode.InvalidValue or QueueErrorCode.InvalidPhone or QueueErrorCode.InvalidNik or QueueErrorCode.PhoneRequired
                or QueueErrorCode.NikRequired or QueueErrorCode.UnknownSession
                => Problem(StatusCodes.Status400BadRequest, refusal.Code.ToString(), refusal.Error.Describe(_english)),
            _ => Problem(StatusCodes.Status409Conflict, refusal.Code.ToString(), refusal.Error.Describe(_english)),
        };
    }

    /// <summary>A request value that is missing or malformed (400), naming the field.</summary>
    public static IResult Invalid(string field) => Problem(StatusCodes.Status400BadRequest, "InvalidValue", Text(nameof(ApiText.InvalidValue), field));

    /// <summary>A POST that creates something came without a usable Idempotency-Key header (400).</summary>
    public static IResult IdempotencyKeyRequired() => Problem(StatusCodes.Status400BadRequest, "IdempotencyKeyRequired", Text(nameof(ApiText.IdempotencyKeyRequired)));

    /// <summary>The client used the key before with another request (409).</summary>
    public static IResult IdempotencyKeyReused() => Problem(StatusCodes.Status409Conflict, "IdempotencyKeyReused", Text(nameof(ApiText.IdempotencyKeyReused)));

    /// <summary>The first request with the key has not been answered yet (409).</summary>
    public static IResult IdempotencyKeyInUse() => Problem(StatusCodes.Status409Conflict, "IdempotencyKeyInUse", Text(nameof(ApiText.IdempotencyKeyInUse)));

    /// <summary>Writes a problem outside an endpoint (authentication, rate limiting); plain text for a client that takes no JSON.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetService<IProblemDetailsService>();
        var written = problems is not null && await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
        if (!written)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(detail, context.RequestAborted);
        }
    }

    /// <summary>An API text in English, filled in with <paramref name="values"/>.</summary>
    public static string Text(string name, params object[] values)
    {
        var template = ApiText.ResourceManager.GetString(name, _english) ?? name;
        return values.Length == 0 ? template : string.Format(_english, template, values);
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
