using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui.Components;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Display.Pages;

/// <summary>
/// The supervisors' list of screens: which are online, which went stale, which cannot be heard, and the zones
/// that have no working speaker. Settings changed here reach the screen at its next beat, untouched.
/// </summary>
public sealed partial class ScreensPage
{
    private static readonly TimeSpan _refresh = TimeSpan.FromSeconds(5);

    private IDisposable? _beat;
    private IReadOnlyList<ScreenStatus> _statuses = [];
    private string? _confirmRemove;
    private string? _addressShown;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private ScreenRegistry Registry { get; set; } = default!;

    [Inject]
    private PageBeat Beat { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string StaleNote => Labels.Format(DisplayText.ScreensIntro, (int)Registry.StaleAfter.TotalSeconds);

    private string Summary => Labels.Format(
        DisplayText.ScreensSummary,
        _statuses.Count,
        _statuses.Count(s => s.Health == ScreenHealth.Online),
        _statuses.Count(s => s.Health != ScreenHealth.Online),
        _statuses.Count(s => s.Voice is ScreenVoice.Muted or ScreenVoice.Blocked));

    /// <summary>Zones with at least one registered screen but no speaker that is online and heard.</summary>
    private IEnumerable<Zone> ZonesWithoutSpeaker =>
        Engine.Catalog.Zones.Values
            .Where(z => _statuses.Any(s => s.Screen.ZoneId == z.Id) && !_statuses.Any(s => s.Screen.ZoneId == z.Id && s.IsWorkingSpeaker))
            .OrderBy(z => z.SortOrder);

    public void Dispose() => _beat?.Dispose();

    protected override void OnInitialized() => _statuses = WallScreens();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _beat = Beat.Every(_refresh, () => InvokeAsync(() =>
            {
                _statuses = WallScreens();
                StateHasChanged();
            }));
        }
    }

    // Kiosks share the registry but hang on no wall: the admin's device page lists them.
    private IReadOnlyList<ScreenStatus> WallScreens() => [.. Registry.Statuses().Where(s => s.Screen.Kind != ScreenKind.Kiosk)];

    private void OnToggleSpeaker(ScreenDevice screen) =>
        Change(screen, new ScreenSettings(screen.Name, !screen.IsSpeaker, screen.Reading, screen.UseBrowserSpeech));

    private void OnToggleReading(ScreenDevice screen) =>
        Change(screen, new ScreenSettings(
            screen.Name,
            screen.IsSpeaker,
            screen.Reading == NumberReading.WholeNumber ? NumberReading.DigitByDigit : NumberReading.WholeNumber,
            screen.UseBrowserSpeech));

    // Shown, not linked: opening the address here would make this browser report in as the screen.
    private void OnShowAddress(ScreenDevice screen) => _addressShown = _addressShown == screen.Id ? null : screen.Id;

    private string AddressOf(ScreenDevice screen) => Navigation.ToAbsoluteUri(ScreenTexts.PathOf(screen)).AbsoluteUri;

    private void OnRemove(ScreenDevice screen)
    {
        if (_confirmRemove != screen.Id)
        {
            _confirmRemove = screen.Id;
            return;
        }

        Registry.Remove(screen.Id);
        _confirmRemove = null;
        _statuses = WallScreens();
    }

    private void Change(ScreenDevice screen, ScreenSettings settings)
    {
        try
        {
            Registry.ChangeSettings(screen.Id, settings);
        }
        catch (ScreenRegistryException)
        {
            // Removed in another tab meanwhile: the refreshed list shows it is gone.
        }

        _confirmRemove = null;
        _statuses = WallScreens();
    }

    private static Color VoiceColor(ScreenVoice voice) => voice switch
    {
        ScreenVoice.Speaking => Color.Success,
        ScreenVoice.Blocked => Color.Warning,
        _ => Color.Default,
    };
}
