namespace MppQueue.Core;

/// <summary>
/// The in-process notifier. Handlers run synchronously on the committing thread, in sequence order,
/// so they must only hand the event on (InvokeAsync, a channel). A handler that throws is reported
/// through <see cref="HandlerFailed"/> and does not stop the others or the engine.
/// </summary>
public sealed class QueueNotifier
{
    private readonly Lock _gate = new();
    private Action<QueueEvent>[] _handlers = [];

    public event Action<Exception>? HandlerFailed;

    public int HandlerCount => Volatile.Read(ref _handlers).Length;

    public IDisposable Subscribe(Action<QueueEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            _handlers = [.. _handlers, handler];
        }

        return new Subscription(this, handler);
    }

    public void Publish(QueueEvent queueEvent)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
#pragma warning disable CA1031 // One broken listener must not break the queue or the other listeners.
            try
            {
                handler(queueEvent);
            }
            catch (Exception ex)
            {
                try
                {
                    HandlerFailed?.Invoke(ex);
                }
                catch (Exception)
                {
                    // The failure reporter itself failed; nothing more can be done here.
                }
            }
#pragma warning restore CA1031
        }
    }

    private void Unsubscribe(Action<QueueEvent> handler)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers.Where(h => h != handler)];
        }
    }

    private sealed class Subscription(QueueNotifier owner, Action<QueueEvent> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(handler);
            }
        }
    }
}
