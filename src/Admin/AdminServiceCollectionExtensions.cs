using Microsoft.Extensions.DependencyInjection;

namespace MppQueue.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>What the administration pages need beyond the engine and the stores.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
