using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display.Boards;
using MppQueue.Display.Media;
using MppQueue.Ui.Components;

namespace MppQueue.Display.Pages;

/// <summary>
/// What every wall screen does the same way: it keeps the language it opened in, reads the queue before the clock,
/// highlights a call that comes in while it is up and re-renders when the highlight ends, shows the media folder's
/// slides and logo, tells its watchdog the beat and when to give up, and stops its timer when it goes.
/// A page reads its board in <see cref="LiveComponentBase"/>'s <c>Load</c> through <see cref="ReadToday"/>, then
/// calls <see cref="Seen"/> with the call it shows.
/// </summary>
public abstract class WallPageBase : LiveComponentBase
{
    private readonly CancellationTokenSource _gone = new();
    private CallHighlight? _highlight;
    private ScreenCulture? _culture;

    /// <summary>The registered screen's token (<c>?device=…</c>); without it the screen shows calls silently.</summary>
    [SupplyParameterFromQuery(Name = DisplayRoutes.DeviceParameter)]
    public string? Device { get; set; }

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    [Inject]
    protected IOptions<DisplayOptions> Options { get; set; } = default!;

    [Inject]
    private MediaLibrary Media { get; set; } = default!;

    /// <summary>
    /// The wall beat (<see cref="DisplayOptions.WallBeat"/>) while the screen shows something that turns on the clock,
    /// else once a minute, on the minute, for the clock: a screen that only shows calls and its clock has nothing to
    /// look at in between (a call comes as an event).
    /// </summary>
    protected override TimeSpan? RefreshInterval => Turns ? Options.Value.WallBeat : TimeSpan.FromMinutes(1);

    /// <summary>Whether the screen shows something that changes with the clock between minutes (pages, slides).</summary>
    protected virtual bool Turns => false;

    /// <summary>The time the screen shows, read after the queue.</summary>
    protected DateTimeOffset Now { get; private set; }

    protected IReadOnlyList<MediaFile> Slides { get; private set; } = [];

    protected MediaFile? Logo { get; private set; }

    protected int HeartbeatSeconds => (int)Options.Value.Heartbeat.TotalSeconds;

    protected int ReconnectGiveUpSeconds => (int)Options.Value.ReconnectGiveUp.TotalSeconds;

    protected int HighlightSeconds => (int)Options.Value.Highlight.TotalSeconds;

    /// <summary>Whether the call shown (by its sequence) is the fresh one, still highlighted.</summary>
    protected bool IsHighlighted(long? shownSequence) => _highlight?.IsOn(shownSequence, Now) == true;

    /// <summary>Today's snapshot, read in the screen's own language (see <see cref="ScreenCulture"/>).</summary>
    protected TodaySnapshot ReadToday()
    {
        _culture ??= new ScreenCulture();
        _culture.Apply();
        return TakeToday();
    }

    /// <summary>The slides and the logo of the media folder, as they are now.</summary>
    protected void ReadMedia()
    {
        Slides = Media.Slides();
        Logo = Media.Logo();
    }

    /// <summary>
    /// Reads the clock after the queue (a highlight starts when the call has been seen, never before) and starts
    /// the highlight of a call that is new since the last look.
    /// </summary>
    protected void Seen(long? calledSequence)
    {
        Now = Time.GetUtcNow();
        _highlight ??= new CallHighlight(Options.Value.Highlight);
        if (_highlight.Observe(calledSequence, Now))
        {
            _ = EndHighlightAsync(_highlight.Duration);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gone.Cancel();
            _gone.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task EndHighlightAsync(TimeSpan after)
    {
        try
        {
            await Task.Delay(after, Time, _gone.Token);
            await InvokeAsync(() =>
            {
                Now = Time.GetUtcNow();
                StateHasChanged();
            });
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The screen is gone.
        }
    }
}
