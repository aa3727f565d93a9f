using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MppQueue.Core;
using MppQueue.Display.Sound;
using MppQueue.Ui.Components;

namespace MppQueue.Display.Components;

public sealed partial class ScreenAgent : ComponentBase, IAsyncDisposable
{
    public const string ModulePath = "./_content/MppQueue.Display/screen.js";

    private static readonly TimeSpan _announceTimeout = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stop = new();
    private ScreenModule? _module;
    private IDisposable? _subscription;
    private IDisposable? _beat;
    private int _beating;
    private AnnouncementQueue? _calls;
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
    private PageBeat Beats { get; set; } = default!;

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
        _beat?.Dispose();
        _calls?.Close();
        // Cancelled, not disposed: the beat and announcement loops may still be reading its token as they end.
        await _stop.CancelAsync();
        if (_module is not null)
        {
            await _module.DisposeAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _disposed)
        {
            return;
        }

        // Calls up to now are history: a screen that opens (or reloads) never announces them.
        var calls = _calls = new AnnouncementQueue(Engine.LastSequence);
        var beat = new ScreenBeat(Registry, Options.Value.Heartbeat);
        _subscription = Engine.Notifier.Subscribe(OnNotified);
        try
        {
            var module = await JS.InvokeAsync<IJSObjectReference>("import", _stop.Token, ModulePath);
            _module = new ScreenModule(module, InvokeAsync, Logger);
            await module.InvokeVoidAsync("start", _stop.Token, ScreenBeat.Start(calls.Floor, beat.Screen(DeviceToken)));
        }
        catch (Exception ex) when (ScreenModule.IsGone(ex))
        {
            return;
        }

        // The first beat now, then on the server's shared beat.
        var screenModule = _module;
        _ = BeatOnceAsync(screenModule, beat);
        _beat = Beats.Every(beat.Period, () => BeatOnceAsync(screenModule, beat));
        _ = AnnounceAsync(_module, calls, beat, _stop.Token);
    }

    // On the engine's thread, inside its lock: only filter and hand on.
    private void OnNotified(QueueEvent queueEvent)
    {
        if (!_disposed)
        {
            _calls?.Offer(queueEvent, Hears);
        }
    }

    private async Task AnnounceAsync(ScreenModule module, AnnouncementQueue calls, ScreenBeat beat, CancellationToken stop)
    {
        try
        {
            // A call the page cannot take within a few seconds (the connection is down) is shown later, never
            // announced late; and a lost call must not hold up the ones after it.
            await foreach (var announcement in calls.TakeAsync(() => beat.Screen(DeviceToken), stop))
            {
                await module.CallAsync<bool>("announce", announcement, stop, timeout: _announceTimeout);
            }
        }
        catch (OperationCanceledException)
        {
            // The screen is gone.
        }
    }

    // One beat at a time: a screen that has not answered within the period is not asked again meanwhile.
    private async Task BeatOnceAsync(ScreenModule module, ScreenBeat beat)
    {
        if (_disposed || Interlocked.Exchange(ref _beating, 1) == 1)
        {
            return;
        }

        try
        {
            var screen = beat.Screen(DeviceToken);
            var sound = await module.CallAsync<string>("beat", beat.Beat(screen), _stop.Token, timeout: beat.Period);
            beat.Answered(DeviceToken, screen, sound);
        }
        catch (OperationCanceledException)
        {
            // The screen is gone.
        }
        finally
        {
            Volatile.Write(ref _beating, 0);
        }
    }
}
