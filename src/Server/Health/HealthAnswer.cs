using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MppQueue.Server.Health;

/// <summary>
/// What /healthz says, in plain text for a load balancer and an operator's curl: "Healthy", or "Unhealthy: " and a short
/// reason of our own (never an exception's message, which could name a host, a file or a user).
/// </summary>
public static class HealthAnswer
{
    public const string DatabaseUnreachable = "The database cannot be reached.";
    public const string StoreUnreadable = "The store cannot be read.";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (report.Status == HealthStatus.Healthy)
        {
            return context.Response.WriteAsync(nameof(HealthStatus.Healthy));
        }

        var failed = report.Entries.Values.FirstOrDefault(e => e.Status != HealthStatus.Healthy);
        var reason = failed.Exception is null && !string.IsNullOrEmpty(failed.Description) ? failed.Description : StoreUnreadable;
        return context.Response.WriteAsync(report.Status + ": " + reason);
    }
}
