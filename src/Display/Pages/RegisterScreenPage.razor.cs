using Microsoft.AspNetCore.Components;
using MppQueue.Core;

namespace MppQueue.Display.Pages;

/// <summary>
/// Registers a screen once, when it is put up: on the screen itself, or from a supervisor's desk, then the
/// address shown is set as the screen's start page. The address carries the screen's token.
/// </summary>
public partial class RegisterScreenPage
{
    private string? _name;
    private ScreenKind _kind = ScreenKind.Zone;
    private string? _zoneId;
    private string? _deskId;
    private bool _speaker;
    private NumberReading _reading = NumberReading.WholeNumber;
    private bool _speech;
    private string? _error;
    private ScreenDevice? _registered;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private ScreenRegistry Registry { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized() =>
        _zoneId = Engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder).FirstOrDefault()?.Id;

    private void OnRegister()
    {
        try
        {
            var registration = new ScreenRegistration(_name ?? string.Empty, _kind == ScreenKind.Zone ? _zoneId ?? string.Empty : string.Empty, _kind, _deskId, _speaker, _reading, _speech);
            _registered = Registry.Register(registration, Engine.Catalog);
            _error = null;
        }
        catch (ScreenRegistryException refusal)
        {
            _error = ScreenTexts.Refusal(refusal.Error);
        }
    }

    private static string PathOf(ScreenDevice screen) => ScreenTexts.PathOf(screen);

    private string AddressOf(ScreenDevice screen) => Navigation.ToAbsoluteUri(PathOf(screen)).AbsoluteUri;
}
