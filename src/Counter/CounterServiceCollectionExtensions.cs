using Microsoft.Extensions.DependencyInjection;

namespace MppQueue.Counter;

public static class CounterServiceCollectionExtensions
{
    /// <summary>What the counter's pages need beyond the engine: who is signed in.</summary>
    public static IServiceCollection AddCounter(this IServiceCollection services)
    {
        services.AddScoped<CurrentOfficer>();
        return services;
    }
}
