using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Server.Tests.Notices;

/// <summary>One server for a class of push endpoint tests, with its real notices and their store.</summary>
public sealed class PushHost : IDisposable
{
    public MppQueueFactory Factory { get; } = new();

    public INoticeStore Store => Factory.Services.GetRequiredService<INoticeStore>();

    public void Dispose() => Factory.Dispose();
}
