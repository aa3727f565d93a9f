using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Core;

namespace MppQueue.Ui.Components;

/// <summary>
/// A page that shows the queue live. It reads one <see cref="TodaySnapshot"/> in <see cref="Load"/> (through
/// <see cref="TakeToday"/>), listens to the in-process notifier once it is interactive, and reloads and re-renders
/// on the events it cares about.
/// </summary>
/// <remarks>
/// The notifier calls its handlers inside the engine's gate, on the thread that made the move. The handler
/// here only hands the event to the thread pool, which then asks the circuit to reload and render, so no
/// rendering ever happens while a kiosk or a desk is waiting for the engine. A burst of events makes one render:
/// while a refresh is pending, further events only mark it, and the refresh reads the newest snapshot. An event
/// the page has already shown (its sequence is in the snapshot last taken, as after the page's own move) is skipped.
/// The periodic refresh (<see cref="RefreshInterval"/>) ticks on the server's shared <see cref="PageBeat"/>, on the injected clock.
/// A page that says what it shows (<see cref="ShownView"/>, a value that compares by content) renders after a reload only
/// when that changed: most moves touch nothing on most pages, and rendering is most of what a live page costs.
/// The thread pool and <c>InvokeAsync</c> carry the mover's execution context, and with it the mover's language:
/// the page keeps the language it was created in and puts it back before every reload, so an officer working in
/// English never turns a visitor's page or a wall screen to English.
/// </remarks>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    // The circuit's language, read when the renderer creates the page (on the circuit, in the visitor's request culture).
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private IDisposable? _subscription;
    private IDisposable? _beat;
    private TimeSpan? _beatPeriod;
    private TodaySnapshot? _today;
    private int _refreshPending;
    private bool _disposed;

    [Inject]
    protected QueueEngine Engine { get; set; } = default!;

    [Inject]
    private PageBeat Beat { get; set; } = default!;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Reads what the page shows (from <see cref="TakeToday"/>). Runs on the circuit, never inside the notifier.</summary>
    protected abstract void Load();

    /// <summary>The engine's current snapshot, remembered as the one this page shows.</summary>
    protected TodaySnapshot TakeToday()
    {
        var today = Engine.Snapshot;
        Volatile.Write(ref _today, today);
        return today;
    }

    /// <summary>Whether an event can change what this page shows (a cheap test: no engine calls here).</summary>
    protected virtual bool Concerns(QueueEvent queueEvent) => true;

    /// <summary>
    /// What the page shows, as far as <see cref="Load"/> sets it, as a value that compares by content (a record of
    /// records and <see cref="ValueList{T}"/>s, the clock to the unit the page shows it). After a reload on an event or
    /// on the beat the page renders only if this changed; null (the default) renders every time. What changes through
    /// the page's own handlers renders as usual.
    /// </summary>
    protected virtual object? ShownView => null;

    /// <summary>
    /// When set, the page also reloads on this beat (opening hours and clocks move without events). It is read again
    /// after every reload, so a page may ask for a shorter beat only while it shows something that turns (a wall
    /// screen's pages of waiting services or its slides) and a longer one otherwise.
    /// </summary>
    protected virtual TimeSpan? RefreshInterval => null;

    protected override void OnParametersSet() => Load();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_disposed)
        {
            _subscription = Engine.Notifier.Subscribe(OnNotified);

            // Whatever happened between the first load and the subscription is picked up here.
            Load();
            StateHasChanged();
            FollowRefreshInterval();
        }
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _subscription?.Dispose();
            _beat?.Dispose();
            _beat = null;
        }
    }

    // Listens to the beat the page asks for now (none, or another period than before: the old one is left).
    private void FollowRefreshInterval()
    {
        var interval = RefreshInterval;
        if (_disposed || interval == _beatPeriod)
        {
            return;
        }

        _beat?.Dispose();
        _beat = interval is { } period ? Beat.Every(period, OnBeat) : null;
        _beatPeriod = interval;
    }

    private void OnNotified(QueueEvent queueEvent)
    {
        if (_disposed || !Concerns(queueEvent))
        {
            return;
        }

        var shown = Volatile.Read(ref _today);
        if (queueEvent.Kind != QueueEventKind.CatalogChanged && shown is not null && queueEvent.Sequence <= shown.Sequence && shown.Day == queueEvent.Snapshot?.Day)
        {
            return;
        }

        if (Interlocked.Exchange(ref _refreshPending, 1) == 0)
        {
            _ = Task.Run(RefreshAsync);
        }
    }

    private async Task RefreshAsync()
    {
        try
        {
            await InvokeAsync(() =>
            {
                Volatile.Write(ref _refreshPending, 0);
                if (!_disposed)
                {
                    Reload();
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the event and the refresh: nothing left to update.
        }
    }

    private void Reload()
    {
        UsePageCulture();
        var before = ShownView;
        Load();
        if (before is null || !before.Equals(ShownView))
        {
            StateHasChanged();
        }

        FollowRefreshInterval();
    }

    private void UsePageCulture()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    private Task OnBeat() => InvokeAsync(() =>
    {
        if (!_disposed)
        {
            Reload();
        }
    });
}
