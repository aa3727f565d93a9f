using System.Threading.Channels;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MppQueue.Core;
using MppQueue.Display.Boards;
using MppQueue.Display.Sound;

namespace MppQueue.Display.Components;

public sealed partial class ScreenAgent : ComponentBase, IAsyncDisposable
{
    public const string ModulePath = "./_content/MppQueue.Display/screen.js";

    private static readonly TimeSpan _announceTimeout = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<QueueEvent> _calls = Channel.CreateUnbounded<QueueEvent>(new UnboundedChannelOptions { SingleReader = true });
    private IJSObjectReference? _module;
    private IDisposable? _subscription;
    private long _floor;
    private bool _disposed;

    /// <summary>The registered screen's token from its address; null for a screen that is not registered (it stays silent).</summary>
    [Parameter]
    public string? DeviceToken { get; set; }

    /// <summary>Which calls this screen announces (those of its zone, or of its desk). Called on the engine's thread: keep it cheap.</summary>
    [Parameter, EditorRequired]
    public Func<QueueEvent, bool> Hears { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private ScreenRegistry Registry { get; set; } = default!;

    [Inject]
    private IOptions<DisplayOptions> Options { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<ScreenAgent> Logger { get; set; } = default!;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _subscription?.Dispose();
        _calls.Writer.TryComplete();
        // Cancelled, not disposed: the beat and announcement loops may still be reading its token as they end.
        await _stop.CancelAsync();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stop");
                await _module.DisposeAsync();
            }
            catch (Exception ex) when (IsGone(ex))
            {
                // The page or the circuit is already gone.
            }
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _disposed)
        {
            return;
        }

        // Calls up to now are history: a screen that opens (or reloads) never announces them.
        _floor = Engine.LastSequence;
        _subscription = Engine.Notifier.Subscribe(OnNotified);
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", _stop.Token, ModulePath);
            await _module.InvokeVoidAsync("start", _stop.Token, new { floor = _floor, speaker = Screen()?.IsSpeaker ?? false });
        }
        catch (Exception ex) when (IsGone(ex))
        {
            return;
        }

        _ = BeatAsync(_stop.Token);
        _ = AnnounceAsync(_stop.Token);
    }

    // On the engine's thread, inside its lock: only filter and hand on.
    private void OnNotified(QueueEvent queueEvent)
    {
        if (!_disposed && Calls.IsCall(queueEvent.Kind) && queueEvent.Sequence > _floor && Hears(queueEvent))
        {
            _calls.Writer.TryWrite(queueEvent);
        }
    }

    private async Task AnnounceAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var queueEvent in _calls.Reader.ReadAllAsync(stop))
            {
                // The screen's settings are read for each call: a supervisor may have muted it a moment ago.
                // A call the page cannot take within a few seconds (the connection is down) is shown later, never
                // announced late; and a lost call must not hold up the ones after it.
                if (Announcements.For(queueEvent, Screen(), _floor) is { } announcement)
                {
                    await CallAsync<bool>("announce", announcement, stop, timeout: _announceTimeout);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The screen is gone.
        }
    }

    private async Task BeatAsync(CancellationToken stop)
    {
        var period = Options.Value.Heartbeat;
        try
        {
            using var timer = new PeriodicTimer(period, Time);
            do
            {
                var screen = Screen();
                var beat = new { periodSeconds = (int)period.TotalSeconds, speaker = screen?.IsSpeaker ?? false };
                var sound = await CallAsync<string>("beat", beat, stop, timeout: period);

                // Only an answered beat counts as seen: it proves the page is alive, not just its circuit.
                if (sound is not null && screen is not null)
                {
                    Registry.Seen(DeviceToken, Announcements.ParseSound(sound));
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // The screen is gone.
        }
    }

    // A kiosk's token opened on a wall screen's address is no screen: it neither speaks nor counts as seen.
    private ScreenDevice? Screen() => Registry.FindByToken(DeviceToken) is { Kind: not ScreenKind.Kiosk } screen ? screen : null;

    private async Task<T?> CallAsync<T>(string function, object argument, CancellationToken stop, TimeSpan? timeout = null)
    {
        if (_module is not { } module)
        {
            return default;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (timeout is { } after)
        {
            limit.CancelAfter(after);
        }

        try
        {
            T? answer = default;
            await InvokeAsync(async () => answer = await module.InvokeAsync<T>(function, limit.Token, argument));
            return answer;
        }
        catch (Exception ex) when (IsGone(ex))
        {
            // Disconnected for now: the beat fails until the page is back (or reloads); the call is not replayed.
            Logger.LogDebug(ex, "The screen did not answer {Function}.", function);
            return default;
        }
    }

    private static bool IsGone(Exception ex) =>
        ex is JSDisconnectedException or JSException or OperationCanceledException or ObjectDisposedException or InvalidOperationException;
}
