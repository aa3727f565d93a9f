using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Ui.Localization;

namespace MppQueue.Display.Live;

/// <summary>
/// The one source of <c>/live</c>'s event stream. The notifier only signals it (inside the engine's gate, so it must
/// not do more); its loop then reads the newest snapshot, at once for a move after a quiet spell and at most once per
/// <see cref="LiveOptions.Coalesce"/> in a burst, builds the board once per language, serialises it once, and
/// publishes the bytes as a <see cref="LiveFrame"/> that every open stream writes as it is. Nothing is computed
/// per viewer. A frame that would say what the last one said is not sent; a heartbeat is. While nobody watches, a move
/// only marks the frame stale, and the first viewer to come builds it (<see cref="Watch"/>, then <see cref="Current"/>).
/// </summary>
public sealed partial class LiveFeed : BackgroundService
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private static readonly CultureInfo _indonesian = CultureInfo.GetCultureInfo(UiCultures.Indonesian);
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo(UiCultures.English);

    private readonly QueueEngine _engine;
    private readonly QueueNotifier _notifier;
    private readonly TimeProvider _time;
    private readonly LiveOptions _options;
    private readonly ILogger<LiveFeed> _logger;
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Lock _publishing = new();
    private IDisposable? _subscription;
    private LiveFrame? _current;
    private int _viewers;
    private int _stale;
    private long _built;

    public LiveFeed(QueueEngine engine, QueueNotifier notifier, TimeProvider time, IOptions<LiveOptions> options, ILogger<LiveFeed> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _notifier = notifier;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The newest frame (made on first use if the loop has not started yet, as in a test host; made now if moves came while nobody watched).</summary>
    public LiveFrame Current
    {
        get
        {
            if (Interlocked.Exchange(ref _stale, 0) == 1)
            {
                Refresh();
            }

            return Volatile.Read(ref _current) ?? Start();
        }
    }

    /// <summary>How many frames were built (for tests).</summary>
    internal long Built => Interlocked.Read(ref _built);

    /// <summary>Moves came while nobody watched (for tests).</summary>
    internal bool IsStale => Volatile.Read(ref _stale) == 1;

    /// <summary>Counts a viewer until disposed; take it before <see cref="Current"/>.</summary>
    public IDisposable Watch()
    {
        Interlocked.Increment(ref _viewers);
        return new Viewer(this);
    }

    /// <summary>The board as it is now, in the current language (the page's first render).</summary>
    public LiveBoard Read() => LiveBoard.Read(_engine.Snapshot, _time.GetUtcNow(), _options.CallsPerZone);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = _notifier.Subscribe(_ => _changed.Writer.TryWrite(true));
        Start();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await base.StopAsync(cancellationToken);

        // Open streams end now instead of holding the host's shutdown until its timeout.
        Volatile.Read(ref _current)?.End();
    }

    public override void Dispose()
    {
        _subscription?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPublished = _time.GetUtcNow();
        var lastRead = lastPublished;
        var lastSent = lastPublished;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var untilBeat = lastSent + _options.Heartbeat - _time.GetUtcNow();
                var moved = await WaitForMoveAsync(untilBeat > TimeSpan.Zero ? untilBeat : TimeSpan.Zero, stoppingToken);
                if (moved)
                {
                    // A burst: the first move goes out at once, the others together once the interval has passed.
                    var wait = lastPublished + _options.Coalesce - _time.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, _time, stoppingToken);
                    }

                    _changed.Reader.TryRead(out _);
                }

                var now = _time.GetUtcNow();
                if (moved || now - lastRead >= _options.Refresh)
                {
                    lastRead = now;
                    if (Unwatched())
                    {
                        continue;
                    }

                    if (Refresh())
                    {
                        lastPublished = lastSent = now;
                        continue;
                    }
                }

                if (now - lastSent >= _options.Heartbeat)
                {
                    if (Volatile.Read(ref _viewers) > 0)
                    {
                        lock (_publishing)
                        {
                            Publish((Volatile.Read(ref _current) ?? Start()).AsBeat());
                        }
                    }

                    lastSent = now;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad read must not stop the feed; the next move or refresh tries again.
                LogFailed(_logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<bool> WaitForMoveAsync(TimeSpan beat, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var waiting = _changed.Reader.WaitToReadAsync(timeout.Token).AsTask();
        var beating = Task.Delay(beat, _time, timeout.Token);
        var first = await Task.WhenAny(waiting, beating);
        await timeout.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return first == waiting && waiting.IsCompletedSuccessfully && waiting.Result;
    }

    // Nobody watches: the frame is marked stale instead of built. Marked first, then the viewers counted (a viewer
    // counts itself first, then looks at the mark), so that a viewer who comes meanwhile is never left with an old frame.
    private bool Unwatched()
    {
        Interlocked.Exchange(ref _stale, 1);
        if (Volatile.Read(ref _viewers) > 0)
        {
            Interlocked.Exchange(ref _stale, 0);
            return false;
        }

        return true;
    }

    private bool Refresh()
    {
        lock (_publishing)
        {
            return Publish(Build((Volatile.Read(ref _current)?.Version ?? 0) + 1));
        }
    }

    private LiveFrame Start()
    {
        var first = Build(1);
        return Interlocked.CompareExchange(ref _current, first, null) ?? first;
    }

    // Publishes a frame unless it carries the same bytes as the current one (a move nobody on /live can see).
    private bool Publish(LiveFrame next)
    {
        var current = Volatile.Read(ref _current) ?? Start();
        if (next.Version != current.Version && next.Indonesian.Span.SequenceEqual(current.Indonesian.Span) && next.English.Span.SequenceEqual(current.English.Span))
        {
            return false;
        }

        Volatile.Write(ref _current, next);
        current.Follow(next);
        return true;
    }

    private LiveFrame Build(long version)
    {
        Interlocked.Increment(ref _built);
        var today = _engine.Snapshot;
        var now = _time.GetUtcNow();
        var (indonesian, message) = Event(today, now, _indonesian);
        var (english, _) = Event(today, now, _english);
        return new LiveFrame(version, indonesian, english, message);
    }

    private (byte[] Bytes, LiveMessage Message) Event(TodaySnapshot today, DateTimeOffset now, CultureInfo culture)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            var message = LiveLabels.Message(LiveBoard.Read(today, now, _options.CallsPerZone));
            return (Frame(message), message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = format;
        }
    }

    /// <summary>One server-sent event: "id: seq", then "data: {json}" (JSON has no raw line breaks), then a blank line.</summary>
    private static byte[] Frame(LiveMessage message)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(message, _json);
        var head = Encoding.UTF8.GetBytes("id: " + message.Seq.ToString(CultureInfo.InvariantCulture) + "\ndata: ");
        var bytes = new byte[head.Length + json.Length + 2];
        head.CopyTo(bytes, 0);
        json.CopyTo(bytes, head.Length);
        bytes[^2] = (byte)'\n';
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private sealed class Viewer(LiveFeed feed) : IDisposable
    {
        private int _gone;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _gone, 1) == 0)
            {
                Interlocked.Decrement(ref feed._viewers);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live feed could not read the building; it tries again on the next move.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
