using MppQueue.Core;
using MppQueue.Display.Sound;

namespace MppQueue.Display.Tests;

/// <summary>The beat's rules without rendering: which token is a screen, what screen.js is told, when a screen counts as seen.</summary>
public class ScreenBeatTests : DisplayTestBase
{
    [Fact]
    public void Screen_KioskTokenOnAWallAddress_IsNoScreen()
    {
        var kiosk = Registry.Register(new ScreenRegistration("Kiosk uji", "zona-1", ScreenKind.Kiosk), Engine.Catalog);
        var wall = RegisterScreen();
        var beat = new ScreenBeat(Registry, Options.Heartbeat);

        Assert.Null(beat.Screen(kiosk.Token));
        Assert.Null(beat.Screen(null));
        Assert.Equal(wall.Id, beat.Screen(wall.Token)?.Id);
    }

    [Fact]
    public void Beat_SpeakerScreen_GivesThePeriodAndSpeaker()
    {
        var beat = new ScreenBeat(Registry, TimeSpan.FromSeconds(12));

        var told = beat.Beat(RegisterScreen(speaker: true));

        Assert.Equal(12, Property(told, "periodSeconds"));
        Assert.Equal(true, Property(told, "speaker"));
        Assert.Equal(false, Property(beat.Beat(null), "speaker"));
    }

    [Fact]
    public void Start_SilentScreen_GivesTheFloorAndNoSpeaker()
    {
        var told = ScreenBeat.Start(41, RegisterScreen(speaker: false));

        Assert.Equal(41L, Property(told, "floor"));
        Assert.Equal(false, Property(told, "speaker"));
    }

    [Fact]
    public void Answered_BeatWithASound_RecordsTheScreenAsSeen()
    {
        var screen = RegisterScreen();
        var beat = new ScreenBeat(Registry, Options.Heartbeat);

        Assert.True(beat.Answered(screen.Token, beat.Screen(screen.Token), "ready"));

        var seen = Registry.FindByToken(screen.Token)!;
        Assert.Equal(Time.GetUtcNow(), seen.LastSeenAt);
        Assert.Equal(ScreenSound.Ready, seen.Sound);
    }

    [Fact]
    public void Answered_NoAnswerOrNoScreen_RecordsNothing()
    {
        var screen = RegisterScreen();
        var beat = new ScreenBeat(Registry, Options.Heartbeat);

        Assert.False(beat.Answered(screen.Token, beat.Screen(screen.Token), null));
        Assert.False(beat.Answered(screen.Token, null, "ready"));

        Assert.Null(Registry.FindByToken(screen.Token)!.LastSeenAt);
    }
}
