using Microsoft.Extensions.Time.Testing;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

public class ScreenRegistryTests
{
    private static readonly SiteCatalog _catalog = DemoMpp.Build();
    private readonly InMemoryDeviceStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly ScreenRegistry _registry;

    public ScreenRegistryTests() => _registry = new ScreenRegistry(_store, _time);

    [Fact]
    public void Register_ZoneScreen_StoresItWithALongRandomToken()
    {
        var screen = _registry.Register(new ScreenRegistration("  TV ruang tunggu kiri ", "zona-1", IsSpeaker: true), _catalog);
        var other = _registry.Register(new ScreenRegistration("TV ruang tunggu kanan", "zona-1"), _catalog);

        Assert.Equal("TV ruang tunggu kiri", screen.Name);
        Assert.True(screen.IsSpeaker);
        Assert.True(Tokens.LooksLikeToken(screen.Token));
        Assert.True(screen.Token.Length >= 43);
        Assert.NotEqual(screen.Token, other.Token);
        Assert.Equal(screen, _store.Stored(screen.Id));
        Assert.Equal(screen, _registry.FindByToken(screen.Token));
    }

    [Fact]
    public void Register_DeskScreen_TakesTheZoneOfItsDesk()
    {
        var screen = _registry.Register(new ScreenRegistration("Loket 28", string.Empty, ScreenKind.Desk, "loket-28"), _catalog);

        Assert.Equal("zona-2", screen.ZoneId);
        Assert.Equal("loket-28", screen.DeskId);
    }

    [Theory]
    [InlineData("", "zona-1", ScreenKind.Zone, null, ScreenRegistryError.NameMissing)]
    [InlineData("TV", "zona-9", ScreenKind.Zone, null, ScreenRegistryError.UnknownZone)]
    [InlineData("TV", "", ScreenKind.Desk, "loket-99", ScreenRegistryError.UnknownDesk)]
    [InlineData("TV", "zona-1", ScreenKind.Desk, "loket-28", ScreenRegistryError.DeskInOtherZone)]
    public void Register_Invalid_RefusesWithTheReasonAndStoresNothing(string name, string zoneId, ScreenKind kind, string? deskId, ScreenRegistryError error)
    {
        var refusal = Assert.Throws<ScreenRegistryException>(() => _registry.Register(new ScreenRegistration(name, zoneId, kind, deskId), _catalog));

        Assert.Equal(error, refusal.Error);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public void Register_NameTooLong_IsRefused()
    {
        var refusal = Assert.Throws<ScreenRegistryException>(() => _registry.Register(new ScreenRegistration(new string('x', 61), "zona-1"), _catalog));

        Assert.Equal(ScreenRegistryError.NameTooLong, refusal.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("../../etc/passwd-and-some-more-text")]
    public void FindByToken_GarbageOrUnknown_IsNull(string? token)
    {
        _registry.Register(new ScreenRegistration("TV", "zona-1"), _catalog);

        Assert.Null(_registry.FindByToken(token));
        Assert.Null(_registry.Seen(token, ScreenSound.Ready));
    }

    [Fact]
    public void Statuses_ByLastSeen_AreOnlineStaleOrNeverSeen()
    {
        var online = Register("A");
        var stale = Register("B");
        var never = Register("C");
        _registry.Seen(stale.Token, ScreenSound.Ready);
        _time.Advance(ScreenRegistry.DefaultStaleAfter + TimeSpan.FromSeconds(1));
        _registry.Seen(online.Token, ScreenSound.Ready);

        var statuses = _registry.Statuses().ToDictionary(s => s.Screen.Id);

        Assert.Equal(ScreenHealth.Online, statuses[online.Id].Health);
        Assert.Equal(ScreenHealth.Stale, statuses[stale.Id].Health);
        Assert.Equal(ScreenRegistry.DefaultStaleAfter + TimeSpan.FromSeconds(1), statuses[stale.Id].SilentFor);
        Assert.Equal(ScreenHealth.NeverSeen, statuses[never.Id].Health);
        Assert.Null(statuses[never.Id].SilentFor);
    }

    [Fact]
    public void StatusOf_Sound_SpeakingBlockedMutedOrUnknown()
    {
        var speaking = Register("A", speaker: true);
        var blocked = Register("B", speaker: true);
        var muted = Register("C", speaker: false);
        var unknown = Register("D", speaker: true);
        _registry.Seen(speaking.Token, ScreenSound.Ready);
        _registry.Seen(blocked.Token, ScreenSound.Blocked);
        _registry.Seen(muted.Token, ScreenSound.Ready);

        var voices = _registry.Statuses().ToDictionary(s => s.Screen.Id, s => s.Voice);

        Assert.Equal(ScreenVoice.Speaking, voices[speaking.Id]);
        Assert.Equal(ScreenVoice.Blocked, voices[blocked.Id]);
        Assert.Equal(ScreenVoice.Muted, voices[muted.Id]);
        Assert.Equal(ScreenVoice.Unknown, voices[unknown.Id]);
        Assert.True(_registry.StatusOf(_registry.Find(speaking.Id)!).IsWorkingSpeaker);
    }

    [Fact]
    public void Seen_EveryFewSeconds_WritesToTheStoreAtMostOncePerMinute()
    {
        var screen = Register("A");
        var writesAfterRegistering = _store.Writes;

        for (var beat = 0; beat < 30; beat++)
        {
            _registry.Seen(screen.Token, ScreenSound.Ready);
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        // 300 s of beats: the first one, then one a minute.
        Assert.Equal(5, _store.Writes - writesAfterRegistering);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromSeconds(10), _registry.Find(screen.Id)!.LastSeenAt);
    }

    [Fact]
    public void Seen_ManyScreens_AreWrittenTogether_OnceAMinute()
    {
        var screens = Enumerable.Range(1, 5).Select(i => Register("TV " + i)).ToList();
        foreach (var screen in screens)
        {
            _registry.Seen(screen.Token, ScreenSound.Ready);
        }

        var writes = _store.Writes;

        // 240 s of beats: each screen every 10 s, a second after the one before it.
        for (var beat = 0; beat < 24; beat++)
        {
            foreach (var screen in screens)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                _registry.Seen(screen.Token, ScreenSound.Ready);
            }

            _time.Advance(TimeSpan.FromSeconds(5));
        }

        // One write a minute (at 61, 121 and 181 s) for all five screens, not one per screen. What is stored is never
        // more than that minute behind what the registry knows.
        Assert.Equal(3, _store.Writes - writes);
        Assert.All(screens, screen => Assert.InRange(
            _registry.Find(screen.Id)!.LastSeenAt!.Value - _store.Stored(screen.Id)!.LastSeenAt!.Value,
            TimeSpan.Zero,
            ScreenRegistry.SeenWriteInterval));
    }

    [Fact]
    public void Seen_SoundChanges_IsWrittenAtOnce()
    {
        var screen = Register("A");
        _registry.Seen(screen.Token, ScreenSound.Blocked);
        var writes = _store.Writes;

        _time.Advance(TimeSpan.FromSeconds(5));
        _registry.Seen(screen.Token, ScreenSound.Ready);

        Assert.Equal(writes + 1, _store.Writes);
        Assert.Equal(ScreenSound.Ready, _store.Stored(screen.Id)!.Sound);
    }

    [Fact]
    public void Constructor_StoreHoldsScreens_KnowsThemAfterARestart()
    {
        var screen = Register("A");
        _registry.Seen(screen.Token, ScreenSound.Ready);

        var restarted = new ScreenRegistry(_store, _time);

        Assert.Equal(_registry.Find(screen.Id), restarted.FindByToken(screen.Token));
    }

    [Fact]
    public void ChangeSettings_Supervisor_ChangesNameSoundAndReading()
    {
        var screen = Register("A", speaker: true);

        var changed = _registry.ChangeSettings(screen.Id, new ScreenSettings("TV lobi", IsSpeaker: false, NumberReading.DigitByDigit, UseBrowserSpeech: true));

        Assert.Equal(changed, _registry.FindByToken(screen.Token));
        Assert.Equal(changed, _store.Stored(screen.Id));
        Assert.Equal(("TV lobi", false, NumberReading.DigitByDigit, true), (changed.Name, changed.IsSpeaker, changed.Reading, changed.UseBrowserSpeech));
        Assert.Equal(ScreenRegistryError.UnknownScreen, Assert.Throws<ScreenRegistryException>(() => _registry.ChangeSettings("nope", new ScreenSettings("x", false, NumberReading.WholeNumber, false))).Error);
    }

    [Fact]
    public void Remove_Screen_ItsTokenNoLongerIdentifiesIt()
    {
        var screen = Register("A");

        Assert.True(_registry.Remove(screen.Id));

        Assert.Null(_registry.FindByToken(screen.Token));
        Assert.Null(_store.Stored(screen.Id));
        Assert.False(_registry.Remove(screen.Id));
    }

    [Fact]
    public void Register_Kiosk_StandsInAZoneAndNeverSpeaks()
    {
        var kiosk = _registry.Register(new ScreenRegistration("Kiosk pintu utara", "zona-1", ScreenKind.Kiosk, "loket-01", IsSpeaker: true, UseBrowserSpeech: true), _catalog);

        Assert.Equal(ScreenKind.Kiosk, kiosk.Kind);
        Assert.Equal("zona-1", kiosk.ZoneId);
        Assert.Null(kiosk.DeskId);
        Assert.False(kiosk.IsSpeaker);
        Assert.False(kiosk.UseBrowserSpeech);
        Assert.Equal(kiosk, _store.Stored(kiosk.Id));
    }

    [Theory]
    [InlineData("", "zona-1", ScreenRegistryError.NameMissing)]
    [InlineData("Kiosk", "", ScreenRegistryError.UnknownZone)]
    [InlineData("Kiosk", "zona-9", ScreenRegistryError.UnknownZone)]
    public void Register_InvalidKiosk_RefusesAndStoresNothing(string name, string zoneId, ScreenRegistryError error)
    {
        var refusal = Assert.Throws<ScreenRegistryException>(() => _registry.Register(new ScreenRegistration(name, zoneId, ScreenKind.Kiosk), _catalog));

        Assert.Equal(error, refusal.Error);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public void Register_UndefinedKind_IsRefused()
    {
        var refusal = Assert.Throws<ScreenRegistryException>(() => _registry.Register(new ScreenRegistration("X", "zona-1", (ScreenKind)42), _catalog));

        Assert.Equal(ScreenRegistryError.UnknownKind, refusal.Error);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public void FindByTokenOfKind_OtherKindsToken_IsNull()
    {
        var kiosk = _registry.Register(new ScreenRegistration("Kiosk", "zona-1", ScreenKind.Kiosk), _catalog);
        var screen = Register("TV");

        Assert.Equal(kiosk, _registry.FindByToken(kiosk.Token, ScreenKind.Kiosk));
        Assert.Null(_registry.FindByToken(screen.Token, ScreenKind.Kiosk));
        Assert.Null(_registry.FindByToken(kiosk.Token, ScreenKind.Zone));
        Assert.Null(_registry.FindByToken("garbage", ScreenKind.Kiosk));
    }

    [Fact]
    public void ChangeSettings_Kiosk_StaysSilent()
    {
        var kiosk = _registry.Register(new ScreenRegistration("Kiosk", "zona-1", ScreenKind.Kiosk), _catalog);

        var changed = _registry.ChangeSettings(kiosk.Id, new ScreenSettings("Kiosk selatan", IsSpeaker: true, NumberReading.WholeNumber, UseBrowserSpeech: true));

        Assert.Equal("Kiosk selatan", changed.Name);
        Assert.False(changed.IsSpeaker);
        Assert.False(changed.UseBrowserSpeech);
    }

    [Fact]
    public void Rename_Device_KeepsItsTokenAndRefusesBadNames()
    {
        var screen = Register("A");

        var renamed = _registry.Rename(screen.Id, "  TV lobi  ");

        Assert.Equal("TV lobi", renamed.Name);
        Assert.Equal(screen.Token, renamed.Token);
        Assert.Equal(renamed, _registry.FindByToken(screen.Token));
        Assert.Equal(renamed, _store.Stored(screen.Id));
        Assert.Equal(ScreenRegistryError.NameMissing, Assert.Throws<ScreenRegistryException>(() => _registry.Rename(screen.Id, " ")).Error);
        Assert.Equal(ScreenRegistryError.NameTooLong, Assert.Throws<ScreenRegistryException>(() => _registry.Rename(screen.Id, new string('x', 61))).Error);
        Assert.Equal(ScreenRegistryError.UnknownScreen, Assert.Throws<ScreenRegistryException>(() => _registry.Rename("nope", "x")).Error);
        Assert.Equal("TV lobi", _registry.Find(screen.Id)!.Name);
    }

    [Fact]
    public void RenewToken_Device_OldTokenStopsAtOnceNewOneWorks()
    {
        var kiosk = _registry.Register(new ScreenRegistration("Kiosk", "zona-1", ScreenKind.Kiosk), _catalog);
        _registry.Seen(kiosk.Token, ScreenSound.Unknown);

        var renewed = _registry.RenewToken(kiosk.Id);

        Assert.NotEqual(kiosk.Token, renewed.Token);
        Assert.Null(_registry.FindByToken(kiosk.Token));
        Assert.Null(_registry.Seen(kiosk.Token, ScreenSound.Unknown));
        Assert.Equal(renewed, _registry.FindByToken(renewed.Token, ScreenKind.Kiosk));
        Assert.Equal(renewed.Token, _store.Stored(kiosk.Id)!.Token);
        Assert.Equal(ScreenHealth.NeverSeen, _registry.StatusOf(renewed).Health);
        var restarted = new ScreenRegistry(_store, _time);
        Assert.Null(restarted.FindByToken(kiosk.Token));
        Assert.NotNull(restarted.FindByToken(renewed.Token));
    }

    private ScreenDevice Register(string name, bool speaker = true) =>
        _registry.Register(new ScreenRegistration(name, "zona-1", IsSpeaker: speaker), _catalog);
}
