namespace MppQueue.Kiosk.Idle;

/// <summary>
/// Fires once after a stretch without activity; every touch starts the stretch again. Built on
/// <see cref="TimeProvider"/>, so a test moves a fake clock instead of waiting.
/// </summary>
public sealed class IdleTimer : IDisposable
{
    private readonly ITimer _timer;
    private readonly TimeSpan _timeout;
    private readonly Action _onIdle;
    private int _disposed;

    public IdleTimer(TimeProvider time, TimeSpan timeout, Action onIdle)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(onIdle);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _timeout = timeout;
        _onIdle = onIdle;
        _timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Someone touched the screen: the idle stretch starts again.</summary>
    public void Restart()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            _timer.Change(_timeout, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Nothing to forget (the start screen, untouched): no reset until the next touch.</summary>
    public void Stop()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _timer.Dispose();
        }
    }

    private void Fire()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            _onIdle();
        }
    }
}
