using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display.Boards;
using MppQueue.Display.Media;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Pages;

/// <summary>
/// The waiting-hall screen of one zone: the latest call very large (highlighted for a few seconds when it comes
/// in), the calls before it, how many wait for each service, the clock, the running text and the slides. It
/// re-renders from the in-process notifier and never reloads; the <see cref="ScreenAgent"/> announces and beats.
/// </summary>
public partial class ZoneDisplayPage
{
    private readonly CancellationTokenSource _gone = new();
    private ZoneBoard _board = default!;
    private DateTimeOffset _now;
    private CallHighlight? _highlight;
    private ScreenCulture? _culture;
    private IReadOnlyList<MediaFile> _slides = [];
    private MediaFile? _logo;

    [Parameter]
    public string ZoneId { get; set; } = string.Empty;

    /// <summary>The registered screen's token (<c>?device=…</c>); without it the screen shows calls silently.</summary>
    [SupplyParameterFromQuery(Name = DisplayRoutes.DeviceParameter)]
    public string? Device { get; set; }

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IOptions<DisplayOptions> Options { get; set; } = default!;

    [Inject]
    private MediaLibrary Media { get; set; } = default!;

    protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(5);

    // The clock to the minute and the date as the header shows them; the page of waiting services and the highlight.
    protected override object ShownView =>
        (_board, Labels.Time(_now, _board.Site), Labels.Date(_now, _board.Site), IsHighlighted, WaitingPageIndex, _slides.ToValueList(), _logo);

    private int HeartbeatSeconds => (int)Options.Value.Heartbeat.TotalSeconds;

    private int ReconnectGiveUpSeconds => (int)Options.Value.ReconnectGiveUp.TotalSeconds;

    private int HighlightSeconds => (int)Options.Value.Highlight.TotalSeconds;

    private string ScreenClass => "wall zone-screen" + (_slides.Count > 0 ? " with-media" : string.Empty);

    private string NowClass => "zone-now" + (IsHighlighted ? " fresh" : string.Empty);

    private bool IsHighlighted => _highlight?.IsOn(_board.Latest?.Sequence, _now) == true;

    private int WaitingPages => Math.Max(1, (_board.Waiting.Count + Options.Value.WaitingPageSize - 1) / Options.Value.WaitingPageSize);

    // From the clock, like the slides: every screen of the zone shows the same page.
    private int WaitingPageIndex => (int)(_now.ToUnixTimeSeconds() / (long)Options.Value.WaitingPage.TotalSeconds % WaitingPages);

    private IEnumerable<WaitingView> WaitingShown => _board.Waiting.Skip(WaitingPageIndex * Options.Value.WaitingPageSize).Take(Options.Value.WaitingPageSize);

    protected override void Load()
    {
        _culture ??= new ScreenCulture();
        _culture.Apply();
        _board = ZoneBoard.Read(TakeToday(), ZoneId, Options.Value.PreviousCallsShown);

        // The clock after the queue: a highlight starts when the call has been seen, never before.
        _now = Time.GetUtcNow();
        _slides = Media.Slides();
        _logo = Media.Logo();

        _highlight ??= new CallHighlight(Options.Value.Highlight);
        if (_highlight.Observe(_board.Latest?.Sequence, _now))
        {
            _ = EndHighlightAsync(_highlight.Duration);
        }
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        queueEvent.ZoneId == ZoneId || queueEvent.Kind == QueueEventKind.CatalogChanged;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gone.Cancel();
            _gone.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool HearsCall(QueueEvent queueEvent) => queueEvent.ZoneId == ZoneId;

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

    private static string NumberClass(string number) => "zone-now-number len-" + Math.Clamp(number.Length, 4, 7);

    private static string ServiceLine(CallView call) =>
        string.IsNullOrEmpty(call.AgencyName) ? call.ServiceName : call.ServiceName + " · " + call.AgencyName;
}
