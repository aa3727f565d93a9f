using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace MppQueue.Admin;

public static class AdminEndpoints
{
    /// <summary>The area's downloads (report exports, backup); each endpoint carries its own authorization policy.</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints;
    }
}
