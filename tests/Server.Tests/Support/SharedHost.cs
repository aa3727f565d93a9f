namespace MppQueue.Server.Tests.Support;

/// <summary>
/// One started server for a test class whose tests only read (headers, pages, answers), or each change only what is
/// their own (their own kiosk, ticket or screen): starting a host per test is most of what such tests cost. A class's
/// tests run one at a time, and each class has its own instance, so no other class sees what its tests do. A test that
/// changes settings or data that another test reads starts its own. A subclass gives the server other settings, or
/// data that every test of its class reads and none changes.
/// </summary>
public class SharedHost : IDisposable
{
    public SharedHost()
        : this(settings: null)
    {
    }

    /// <param name="settings">More configuration, as for <see cref="MppQueueFactory"/>.</param>
    protected SharedHost(IReadOnlyDictionary<string, string>? settings) => Factory = new MppQueueFactory(settings: settings);

    public MppQueueFactory Factory { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Factory.Dispose();
        }
    }
}
