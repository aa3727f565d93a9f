using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display.Boards;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Pages;

/// <summary>
/// The small screen above one loket: the desk's number and the ticket it is calling or serving, read from across
/// the hall. A new call flashes for a few seconds; a desk screen registered as a speaker announces its own calls.
/// </summary>
public partial class DeskDisplayPage
{
    private readonly CancellationTokenSource _gone = new();
    private DeskBoard _board = default!;
    private DateTimeOffset _now;
    private CallHighlight? _highlight;
    private ScreenCulture? _culture;

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = DisplayRoutes.DeviceParameter)]
    public string? Device { get; set; }

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IOptions<DisplayOptions> Options { get; set; } = default!;

    protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(5);

    protected override object ShownView => (_board, Labels.Time(_now, _board.Site), Labels.Date(_now, _board.Site), IsHighlighted);

    private int HeartbeatSeconds => (int)Options.Value.Heartbeat.TotalSeconds;

    private int ReconnectGiveUpSeconds => (int)Options.Value.ReconnectGiveUp.TotalSeconds;

    private int HighlightSeconds => (int)Options.Value.Highlight.TotalSeconds;

    private string StateClass => "state-" + _board.State.ToString().ToLowerInvariant() + (IsHighlighted ? " fresh" : string.Empty);

    private bool IsHighlighted => _highlight?.IsOn(CalledSequence, _now) == true;

    // Only a call flashes; the same ticket moving on to "serving" does not.
    private long? CalledSequence => _board.State == DeskBoardState.Calling ? _board.Current?.Sequence : null;

    private string StatusText => _board.State switch
    {
        DeskBoardState.Calling => DisplayText.DeskCalling,
        DeskBoardState.Serving => DisplayText.DeskServing,
        DeskBoardState.Paused => DisplayText.DeskPaused,
        DeskBoardState.Closed => DisplayText.DeskClosed,
        _ => DisplayText.DeskFree,
    };

    protected override void Load()
    {
        _culture ??= new ScreenCulture();
        _culture.Apply();
        _board = DeskBoard.Read(TakeToday(), DeskId);

        // The clock after the queue: a highlight starts when the call has been seen, never before.
        _now = Time.GetUtcNow();
        _highlight ??= new CallHighlight(Options.Value.Highlight);
        if (_highlight.Observe(CalledSequence, _now))
        {
            _ = EndHighlightAsync(_highlight.Duration);
        }
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        queueEvent.Desk?.Id == DeskId || queueEvent.Ticket?.DeskId == DeskId || queueEvent.Kind == QueueEventKind.CatalogChanged;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gone.Cancel();
            _gone.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool HearsCall(QueueEvent queueEvent) => queueEvent.Desk?.Id == DeskId;

    private async Task EndHighlightAsync(TimeSpan after)
    {
        try
        {
            await Task.Delay(after, Time, _gone.Token);
            await InvokeAsync(() =>
            {
                _now = Time.GetUtcNow();
                StateHasChanged();
            });
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The screen is gone.
        }
    }
}
