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

    public static IResult Unauthenticated() => Problem(StatusCodes.Status401Unauthorized, "Unauthenticated", Text(nameof(ApiText.Unauthenticated)));

    public static IResult Refused(ApiAccessException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Error == ApiAccessError.OperationNotAllowed
            ? Problem(StatusCodes.Status403Forbidden, "OperationNotAllowed", Text(nameof(ApiText.OperationNotAllowed), refusal.What))
            : Problem(StatusCodes.Status404NotFound, "NotFound", Text(nameof(ApiText.NotFound), refusal.What));
    }

    public static IResult Refused(QueueException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Code is QueueErrorCode.UnknownService or QueueErrorCode.UnknownTicket or QueueErrorCode.UnknownDesk
            ? Problem(StatusCodes.Status404NotFound, "NotFound", Text(nameof(ApiText.NotFound), "item"))
            : Problem(StatusCodes.Status400BadRequest, refusal.Code.ToString(), refusal.Error.Describe(_english));
    }

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
