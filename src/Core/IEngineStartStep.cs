namespace MppQueue.Core;

/// <summary>
/// Something the host does once, just before the <see cref="QueueEngine"/> opens on the store (the demo MPP put
/// into an empty store, a warning about a demo clock), and, when needed, once it has opened (the demo's visitors who
/// have already checked in). Registered by the host; run in registration order.
/// </summary>
public interface IEngineStartStep
{
    void BeforeEngineOpens();

    /// <summary>Runs once the engine is open, before anyone else uses it.</summary>
    void AfterEngineOpened(QueueEngine engine)
    {
    }
}
