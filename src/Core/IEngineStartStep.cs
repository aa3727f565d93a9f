namespace MppQueue.Core;

/// <summary>
/// Something the host does once, just before the <see cref="QueueEngine"/> opens on the store (the demo MPP put
/// into an empty store, a warning about a demo clock). Registered by the host; run in registration order.
/// </summary>
public interface IEngineStartStep
{
    void BeforeEngineOpens();
}
