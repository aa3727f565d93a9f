using MppQueue.Core;

namespace MppQueue.Ui.Components;

/// <summary>
/// A page's subscription to <see cref="QueueEngine.BookingsChanged"/>. The engine raises it inside its gate, so the
/// handler here only hands a refresh to the thread pool, which asks the page's circuit to run it; a page that is gone
/// by then is left alone. Pages that are not a <see cref="LiveComponentBase"/> (the booking pages) use it.
/// </summary>
public sealed class BookingsWatch : IDisposable
{
    private readonly QueueEngine _engine;
    private readonly Func<Action, Task> _invokeAsync;
    private readonly Action _refresh;
    private volatile bool _disposed;

    /// <param name="invokeAsync">The page's own <c>InvokeAsync</c>, which runs an action on its circuit.</param>
    /// <param name="refresh">What the page does on a change (reads again, then renders).</param>
    public BookingsWatch(QueueEngine engine, Func<Action, Task> invokeAsync, Action refresh)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(invokeAsync);
        ArgumentNullException.ThrowIfNull(refresh);
        _engine = engine;
        _invokeAsync = invokeAsync;
        _refresh = refresh;
        engine.BookingsChanged += OnChanged;
    }

    public void Dispose()
    {
        _disposed = true;
        _engine.BookingsChanged -= OnChanged;
    }

    private void OnChanged(BookingBoard board)
    {
        if (_disposed)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await _invokeAsync(() =>
                {
                    if (!_disposed)
                    {
                        _refresh();
                    }
                });
            }
            catch (ObjectDisposedException)
            {
                // The circuit went away between the change and the refresh.
            }
        });
    }
}
