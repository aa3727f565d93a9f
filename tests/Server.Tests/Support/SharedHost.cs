namespace MppQueue.Server.Tests.Support;

/// <summary>
/// One started server for a test class whose tests only read (headers, pages, answers): starting a host per test is
/// most of what such tests cost. A test that changes settings or data that another test reads starts its own.
/// </summary>
public sealed class SharedHost : IDisposable
{
    public MppQueueFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
