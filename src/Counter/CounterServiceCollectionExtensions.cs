using Microsoft.Extensions.DependencyInjection;

namespace MppQueue.Counter;

public static class CounterServiceCollectionExtensions
{
    /// <summary>What the counter's pages need beyond the engine and the shared UI services (none yet; who is signed in is in Ui).</summary>
    public static IServiceCollection AddCounter(this IServiceCollection services) => services;
}
