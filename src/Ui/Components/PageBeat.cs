using Microsoft.Extensions.Logging;

namespace MppQueue.Ui.Components;

/// <summary>
/// One clock for the periodic work of every open page (a wall screen's rotation and clock, a console's waiting minutes,
/// the officer's own figures): one timer per period for the whole server, instead of one per page, ticking on the
/// multiples of its period since the Unix epoch (a 10 s beat at :00, :10, :20 …).
/// </summary>
/// <remarks>
/// A hall of 150 open pages each with timers of their own woke the server's timer thread and a thread-pool worker for
/// every page's tick, at its own moment, and on a small server the wake-ups cost more than the work (ADR 13). Here
/// the pages of one period tick together, in one pass on one worker; each listener only hands its work to its own
/// circuit (<c>InvokeAsync</c>), which runs it there and then when the circuit is free. Ticking on the multiples also
/// means every wall screen of a zone turns its page of waiting services at the same moment, and a clock shown to
/// the minute changes on the minute. The timer lives while a page listens to it. The clock is the injected
/// <see cref="TimeProvider"/>, so tests move it.
/// </remarks>
public sealed class PageBeat(TimeProvider time, ILogger<PageBeat> logger) : IDisposable
{
    private readonly TimeProvider _time = time;
    private readonly Lock _gate = new();
    private readonly Dictionary<TimeSpan, Beat> _beats = [];
    private bool _disposed;

    /// <summary>
    /// Calls <paramref name="onBeat"/> on every multiple of <paramref name="period"/> until the returned handle is
    /// disposed. The listener should only hand its work to its circuit; a failure of the task it returns is logged,
    /// and a circuit that has gone (<see cref="ObjectDisposedException"/>) is not a failure.
    /// </summary>
    public IDisposable Every(TimeSpan period, Func<Task> onBeat)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(onBeat);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_beats.TryGetValue(period, out var beat))
            {
                beat = new Beat(this, period);
                _beats.Add(period, beat);
            }

            return beat.Add(onBeat);
        }
    }

    /// <summary>How many periods have a timer now (one per period while any page listens).</summary>
    public int Timers
    {
        get
        {
            lock (_gate)
            {
                return _beats.Count;
            }
        }
    }

    /// <summary>How many listen to the beat of <paramref name="period"/> now.</summary>
    public int Listeners(TimeSpan period)
    {
        lock (_gate)
        {
            return _beats.TryGetValue(period, out var beat) ? beat.Count : 0;
        }
    }

    /// <summary>
    /// The wait from <paramref name="now"/> to the next multiple of <paramref name="period"/> since the Unix epoch (a
    /// whole period when it is on one): a page that opens just before a wall's page turn turns with the others.
    /// </summary>
    public static TimeSpan UntilNext(DateTimeOffset now, TimeSpan period)
    {
        var into = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % period.Ticks;
        return TimeSpan.FromTicks(period.Ticks - into);
    }

    /// <summary>
    /// After a tick: the wait to the next multiple, never less than half a period, so a timer that fired a little early
    /// does not tick twice for one multiple.
    /// </summary>
    public static TimeSpan AfterTick(DateTimeOffset now, TimeSpan period)
    {
        var wait = UntilNext(now, period);
        return wait < period / 2 ? wait + period : wait;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var beat in _beats.Values)
            {
                beat.Stop();
            }

            _beats.Clear();
        }
    }

    private async Task RunAsync(Func<Task> onBeat)
    {
        try
        {
            await onBeat().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException)
        {
            // The page or its circuit has gone between the tick and its work.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "A page's periodic refresh failed.");
        }
    }

    private sealed class Beat(PageBeat owner, TimeSpan period)
    {
        private Listener[] _listeners = [];
        private ITimer? _timer;

        public int Count => _listeners.Length;

        public Listener Add(Func<Task> onBeat)
        {
            var listener = new Listener(this, onBeat);
            _listeners = [.. _listeners, listener];
            if (_timer is null)
            {
                // The beat belongs to no page: it must not carry the first listener's execution context to the others.
                using (ExecutionContext.SuppressFlow())
                {
                    _timer = owner._time.CreateTimer(static state => ((Beat)state!).Tick(), this, UntilNext(owner._time.GetUtcNow(), period), Timeout.InfiniteTimeSpan);
                }
            }

            return listener;
        }

        public void Remove(Listener listener)
        {
            lock (owner._gate)
            {
                if (Array.IndexOf(_listeners, listener) is var at and >= 0)
                {
                    _listeners = [.. _listeners[..at], .. _listeners[(at + 1)..]];
                }

                if (_listeners.Length == 0 && owner._beats.GetValueOrDefault(period) == this)
                {
                    Stop();
                    owner._beats.Remove(period);
                }
            }
        }

        public void Stop()
        {
            _timer?.Dispose();
            _timer = null;
        }

        private void Tick()
        {
            Listener[] listeners;
            lock (owner._gate)
            {
                if (_timer is null)
                {
                    return;
                }

                // Re-armed for the next multiple, so the beat never drifts off the clock.
                _timer.Change(AfterTick(owner._time.GetUtcNow(), period), Timeout.InfiniteTimeSpan);
                listeners = _listeners;
            }

            foreach (var listener in listeners)
            {
                _ = owner.RunAsync(listener.OnBeat);
            }
        }
    }

    private sealed class Listener(Beat beat, Func<Task> onBeat) : IDisposable
    {
        private int _disposed;

        public Func<Task> OnBeat { get; } = onBeat;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                beat.Remove(this);
            }
        }
    }
}
