using Microsoft.AspNetCore.Mvc;

namespace MppQueue.Server.Hosting;

/// <summary>Writes a short problem details answer (or plain text, for a client that takes no JSON): never an exception's text.</summary>
public static class SafeErrors
{
    public static async Task WriteAsync(HttpContext context, int status, string title)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetService<IProblemDetailsService>();
        var written = problems is not null && await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
        if (!written)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(title, context.RequestAborted);
        }
    }
}
