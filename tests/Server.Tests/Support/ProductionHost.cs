using Microsoft.AspNetCore.Mvc.Testing;

namespace MppQueue.Server.Tests.Support;

/// <summary>One started server in the Production environment, for a test class whose tests only read (see <see cref="SharedHost"/>).</summary>
public sealed class ProductionHost : IDisposable
{
    private readonly MppQueueFactory _factory = new();

    public ProductionHost() => App = SafeErrorTests.InEnvironment(_factory, "Production", new CapturingLoggerProvider());

    public WebApplicationFactory<Program> App { get; }

    public void Dispose()
    {
        App.Dispose();
        _factory.Dispose();
    }
}
