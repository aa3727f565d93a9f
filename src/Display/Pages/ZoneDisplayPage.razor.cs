using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display.Boards;
using MppQueue.Display.Live;
using MppQueue.Ui;
using MppQueue.Ui.Components;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Pages;

/// <summary>
/// The waiting-hall screen of one zone: the latest call very large (highlighted for a few seconds when it comes
/// in), the calls before it, how many wait for each service, the clock, the running text and the slides. It
/// re-renders from the in-process notifier and never reloads; the <see cref="ScreenAgent"/> announces and beats.
/// </summary>
public partial class ZoneDisplayPage
{
    private ZoneBoard _board = default!;
    private string? _liveQr;

    [Parameter]
    public string ZoneId { get; set; } = string.Empty;

    [Inject]
    private IOptions<LiveOptions> LiveOptions { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The phone page of the whole building (<c>/live</c>) under the public address, for the corner QR code.</summary>
    private Uri LiveAddress => LiveRoutes.Address(LiveOptions.Value.PublicBaseUrl ?? new Uri(Navigation.BaseUri));

    // Made once: the address does not change while the screen is up.
    private string LiveQr => _liveQr ??= QrSvg.Render(LiveAddress);

    // The clock to the minute and the date as the header shows them; the page of waiting services and the highlight.
    protected override object ShownView =>
        (_board, Labels.Time(Now, _board.Site), Labels.Date(Now, _board.Site), IsHighlighted(_board.Latest?.Sequence), WaitingPageIndex, Slides.ToValueList(), Logo);

    private string ScreenClass => "wall zone-screen" + (Slides.Count > 0 ? " with-media" : string.Empty);

    private string NowClass => "zone-now" + (IsHighlighted(_board.Latest?.Sequence) ? " fresh" : string.Empty);

    // More than one page of waiting services, or more than one slide: they turn on the wall beat.
    protected override bool Turns => WaitingPages > 1 || Slides.Count > 1;

    private int WaitingPages => Math.Max(1, (_board.Waiting.Count + Options.Value.WaitingPageSize - 1) / Options.Value.WaitingPageSize);

    // From the clock, like the slides: every screen of the zone shows the same page.
    private int WaitingPageIndex => (int)(Now.ToUnixTimeSeconds() / (long)Options.Value.WaitingPage.TotalSeconds % WaitingPages);

    // Tiles per row: six (four upright) when the zone has that many services, else as many as it has, so that a
    // zone with one or two services has wide tiles and their names are set large (display.css).
    private string TilesStyle => FormattableString.Invariant($"--tiles: {Math.Clamp(_board.Waiting.Count, 1, 6)}; --tiles-upright: {Math.Clamp(_board.Waiting.Count, 1, 4)}");

    private IEnumerable<WaitingView> WaitingShown => _board.Waiting.Skip(WaitingPageIndex * Options.Value.WaitingPageSize).Take(Options.Value.WaitingPageSize);

    protected override void Load()
    {
        _board = ZoneBoard.Read(ReadToday(), ZoneId, Options.Value.PreviousCallsShown);
        ReadMedia();
        Seen(_board.Latest?.Sequence);
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        queueEvent.ZoneId == ZoneId || queueEvent.Kind == QueueEventKind.CatalogChanged;

    private bool HearsCall(QueueEvent queueEvent) => queueEvent.ZoneId == ZoneId;

    private static string NumberClass(string number) => "zone-now-number len-" + Math.Clamp(number.Length, 4, 7);

    private static string ServiceLine(CallView call) =>
        string.IsNullOrEmpty(call.AgencyName) ? call.ServiceName : call.ServiceName + " · " + call.AgencyName;
}
