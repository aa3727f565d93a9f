using Microsoft.Extensions.DependencyInjection;

namespace MppQueue.Server.Tests.Notices;

/// <summary>One server for a class of push endpoint tests, with Web Push registered over the notices' fakes.</summary>
public sealed class PushHost : IDisposable
{
    public MppQueueFactory Factory { get; } = new(services: PushForTests.Add);

    public FakeNoticeSubscriptions Subscriptions => Factory.Services.GetRequiredService<FakeNoticeSubscriptions>();

    public MemoryNoticeStore Store => Factory.Services.GetRequiredService<MemoryNoticeStore>();

    public void Dispose() => Factory.Dispose();
}
