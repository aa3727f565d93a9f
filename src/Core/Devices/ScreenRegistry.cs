using System.Security.Cryptography;

namespace MppQueue.Core;

/// <summary>
/// The registered devices: screens on the walls and kiosks at the entrances. Who they are (name, zone or desk,
/// a device token), how screens should sound, and when each was last heard from. Kept in memory and written
/// through <see cref="IDeviceStore"/>.
/// </summary>
/// <remarks>
/// A screen reports in every few seconds. Its last-seen time is kept in memory at once; the last-seen times that
/// changed are written to the store together, in one write, at most once per <see cref="SeenWriteInterval"/> (and at
/// once when a screen's sound changes or it is seen for the first time), so that a hundred screens never queue their
/// beats in front of the tickets on the one store lock (ADR 2), and a building of walls, desk screens and kiosks costs
/// one write a minute rather than one per device. After a restart a screen's last-seen time may be up to that
/// interval (and a beat) old.
/// </remarks>
public sealed class ScreenRegistry
{
    public const int MaxNameLength = 60;

    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan SeenWriteInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly IDeviceStore _store;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, ScreenDevice> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByToken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenUnsaved = new(StringComparer.Ordinal);
    private DateTimeOffset _seenSavedAt = DateTimeOffset.MinValue;

    public ScreenRegistry(IDeviceStore store, TimeProvider time, TimeSpan? staleAfter = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
        StaleAfter = staleAfter ?? DefaultStaleAfter;
        foreach (var screen in store.LoadScreens())
        {
            Keep(screen);
        }
    }

    /// <summary>A screen not heard from for longer than this is stale.</summary>
    public TimeSpan StaleAfter { get; }

    public ScreenDevice Register(ScreenRegistration registration, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(catalog);
        var name = ValidName(registration.Name);
        var zoneId = registration.ZoneId?.Trim() ?? string.Empty;
        string? deskId = null;
        if (!Enum.IsDefined(registration.Kind))
        {
            throw new ScreenRegistryException(ScreenRegistryError.UnknownKind, $"Unknown device kind '{registration.Kind}'.");
        }

        if (registration.Kind == ScreenKind.Desk)
        {
            var desk = catalog.FindDesk(registration.DeskId)
                ?? throw new ScreenRegistryException(ScreenRegistryError.UnknownDesk, $"Unknown desk '{Shorten(registration.DeskId)}'.");
            if (zoneId.Length > 0 && zoneId != desk.ZoneId)
            {
                throw new ScreenRegistryException(ScreenRegistryError.DeskInOtherZone, $"Desk {desk.Number} is in zone '{desk.ZoneId}', not in '{Shorten(zoneId)}'.");
            }

            zoneId = desk.ZoneId;
            deskId = desk.Id;
        }

        if (!catalog.Zones.ContainsKey(zoneId))
        {
            throw new ScreenRegistryException(ScreenRegistryError.UnknownZone, $"Unknown zone '{Shorten(zoneId)}'.");
        }

        var screen = new ScreenDevice
        {
            Id = Tokens.NewId(),
            Token = NewToken(),
            Name = name,
            ZoneId = zoneId,
            Kind = registration.Kind,
            DeskId = deskId,

            // A kiosk never announces calls: only the speakers of a zone play sound.
            IsSpeaker = registration.Kind != ScreenKind.Kiosk && registration.IsSpeaker,
            Reading = registration.Reading,
            UseBrowserSpeech = registration.Kind != ScreenKind.Kiosk && registration.UseBrowserSpeech,
            RegisteredAt = _time.GetUtcNow(),
        };
        lock (_gate)
        {
            _store.SaveScreen(screen);
            Keep(screen);
        }

        return screen;
    }

    /// <summary>The screen with this token; null for an unknown token or garbage.</summary>
    public ScreenDevice? FindByToken(string? token)
    {
        if (!Tokens.LooksLikeToken(token))
        {
            return null;
        }

        lock (_gate)
        {
            return _idByToken.TryGetValue(token!, out var id) ? _byId[id] : null;
        }
    }

    /// <summary>The device of this kind with this token; null for an unknown token, garbage or another kind's token.</summary>
    public ScreenDevice? FindByToken(string? token, ScreenKind kind) =>
        FindByToken(token) is { } device && device.Kind == kind ? device : null;

    public ScreenDevice? Find(string? id)
    {
        lock (_gate)
        {
            return id is not null && _byId.TryGetValue(id, out var screen) ? screen : null;
        }
    }

    /// <summary>Every registered screen, by zone, then desk screens after zone screens, then name.</summary>
    public IReadOnlyList<ScreenDevice> Screens()
    {
        lock (_gate)
        {
            return [.. _byId.Values
                .OrderBy(s => s.ZoneId, StringComparer.Ordinal)
                .ThenBy(s => s.Kind)
                .ThenBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
        }
    }

    public IReadOnlyList<ScreenStatus> Statuses()
    {
        var now = _time.GetUtcNow();
        return [.. Screens().Select(s => StatusOf(s, now))];
    }

    public ScreenStatus StatusOf(ScreenDevice screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return StatusOf(screen, _time.GetUtcNow());
    }

    /// <summary>
    /// The screen reported in: it is alive and its browser said this about its sound. Returns the screen as it is
    /// now (its settings may have changed since it opened), or null for an unknown token.
    /// </summary>
    public ScreenDevice? Seen(string? token, ScreenSound sound)
    {
        if (!Tokens.LooksLikeToken(token))
        {
            return null;
        }

        lock (_gate)
        {
            if (!_idByToken.TryGetValue(token!, out var id))
            {
                return null;
            }

            var now = _time.GetUtcNow();
            var before = _byId[id];
            var seen = before with { LastSeenAt = now, Sound = sound };
            _byId[id] = seen;
            _seenUnsaved.Add(id);
            if (before.Sound != sound || before.LastSeenAt is null || now - _seenSavedAt >= SeenWriteInterval)
            {
                SaveSeen(now);
            }

            return seen;
        }
    }

    public ScreenDevice ChangeSettings(string id, ScreenSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var name = ValidName(settings.Name);
        lock (_gate)
        {
            var before = Require(id);
            var screen = before with
            {
                Name = name,
                IsSpeaker = before.Kind != ScreenKind.Kiosk && settings.IsSpeaker,
                Reading = settings.Reading,
                UseBrowserSpeech = before.Kind != ScreenKind.Kiosk && settings.UseBrowserSpeech,
            };
            _store.SaveScreen(screen);
            _byId[screen.Id] = screen;
            return screen;
        }
    }

    /// <summary>Gives a device a new name and keeps everything else, its token included.</summary>
    public ScreenDevice Rename(string id, string name)
    {
        var valid = ValidName(name);
        lock (_gate)
        {
            var device = Require(id) with { Name = valid };
            _store.SaveScreen(device);
            _byId[device.Id] = device;
            return device;
        }
    }

    /// <summary>
    /// Replaces a device's token: the old one stops identifying it at once (a stolen or leaked address), the device
    /// keeps its name, kind and history, and starts again from the new address.
    /// </summary>
    public ScreenDevice RenewToken(string id)
    {
        lock (_gate)
        {
            var before = Require(id);
            var device = before with { Token = NewToken(), LastSeenAt = null, Sound = ScreenSound.Unknown };
            _store.SaveScreen(device);
            _idByToken.Remove(before.Token);
            _seenUnsaved.Remove(id);
            Keep(device);
            return device;
        }
    }

    /// <summary>Forgets a screen; its address stops identifying it (it keeps showing calls, silently, as an unregistered screen).</summary>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            if (id is null || !_byId.TryGetValue(id, out var screen))
            {
                return false;
            }

            _store.DeleteScreen(id);
            _byId.Remove(id);
            _idByToken.Remove(screen.Token);
            _seenUnsaved.Remove(id);
            return true;
        }
    }

    private ScreenStatus StatusOf(ScreenDevice screen, DateTimeOffset now)
    {
        TimeSpan? silentFor = screen.LastSeenAt is { } seen ? (now - seen < TimeSpan.Zero ? TimeSpan.Zero : now - seen) : null;
        var health = silentFor switch
        {
            null => ScreenHealth.NeverSeen,
            { } silent when silent <= StaleAfter => ScreenHealth.Online,
            _ => ScreenHealth.Stale,
        };
        var voice = !screen.IsSpeaker ? ScreenVoice.Muted
            : screen.Sound switch
            {
                ScreenSound.Ready => ScreenVoice.Speaking,
                ScreenSound.Blocked => ScreenVoice.Blocked,
                _ => ScreenVoice.Unknown,
            };
        return new ScreenStatus(screen, health, voice, silentFor);
    }

    // Under the gate: every last-seen time not yet stored, in one write. A failed write keeps them for the next beat.
    private void SaveSeen(DateTimeOffset now)
    {
        var screens = _seenUnsaved.Select(id => _byId[id]).ToList();
        _store.SaveScreens(screens);
        _seenUnsaved.Clear();
        _seenSavedAt = now;
    }

    private ScreenDevice Require(string id) =>
        id is not null && _byId.TryGetValue(id, out var screen)
            ? screen
            : throw new ScreenRegistryException(ScreenRegistryError.UnknownScreen, $"Unknown screen '{Shorten(id)}'.");

    private void Keep(ScreenDevice screen)
    {
        _byId[screen.Id] = screen;
        _idByToken[screen.Token] = screen.Id;
    }

    private static string ValidName(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ScreenRegistryException(ScreenRegistryError.NameMissing, "A screen needs a name, e.g. \"TV Ruang Tunggu Zona 1\".");
        }

        if (CatalogRules.HasControl(trimmed))
        {
            throw new ScreenRegistryException(ScreenRegistryError.NameNotPlain, "A screen's name may not contain control characters.");
        }

        return trimmed.Length > MaxNameLength
            ? throw new ScreenRegistryException(ScreenRegistryError.NameTooLong, $"A screen's name has at most {MaxNameLength} characters.")
            : trimmed;
    }

    // 256 random bits, URL-safe: the address of a screen is its only credential.
    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Shorten(string? value) => Printable.Echo(value);
}
