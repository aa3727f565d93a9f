using MppQueue.Core;
using MppQueue.Display.Pages;

namespace MppQueue.Display.Tests;

public class ScreensPageTests : DisplayTestBase
{
    [Fact]
    public void Render_ScreensInEveryState_ShowsOnlineStaleNeverSeenAndMuted()
    {
        var online = RegisterScreen(speaker: true);
        var stale = RegisterScreen(speaker: true, zoneId: "zona-2");
        var never = RegisterScreen(speaker: false);
        Registry.Seen(stale.Token, ScreenSound.Ready);
        Time.Advance(TimeSpan.FromMinutes(5));
        Registry.Seen(online.Token, ScreenSound.Blocked);

        var cut = Render<ScreensPage>();

        Assert.Equal("Terputus", Row(cut, stale).QuerySelector("[data-testid='screen-health']")!.TextContent);
        Assert.Equal("5 mnt lalu", Row(cut, stale).Children[4].TextContent);
        Assert.Equal("Aktif", Row(cut, online).QuerySelector("[data-testid='screen-health']")!.TextContent);
        Assert.Equal("Suara diblokir browser", Row(cut, online).QuerySelector("[data-testid='screen-voice']")!.TextContent);
        Assert.Equal("Belum pernah tersambung", Row(cut, never).QuerySelector("[data-testid='screen-health']")!.TextContent);
        Assert.Equal("Senyap", Row(cut, never).QuerySelector("[data-testid='screen-voice']")!.TextContent);
        Assert.Equal("3 layar · 1 aktif · 2 terputus · 2 tanpa suara", cut.Find("[data-testid='screens-summary']").TextContent);
    }

    [Fact]
    public void Render_ZoneWithoutAWorkingSpeaker_WarnsAboutThatZone()
    {
        var speaking = RegisterScreen(speaker: true);
        RegisterScreen(speaker: false, zoneId: "zona-2");
        Registry.Seen(speaking.Token, ScreenSound.Ready);

        var cut = Render<ScreensPage>();

        var warning = Assert.Single(cut.FindAll("[data-testid='zone-without-speaker']"));
        Assert.Equal("zona-2", warning.GetAttribute("data-zone-id"));
    }

    [Fact]
    public void Refresh_ScreenGoesQuiet_TurnsStaleWithoutAReload()
    {
        var screen = RegisterScreen();
        Registry.Seen(screen.Token, ScreenSound.Ready);
        var cut = Render<ScreensPage>();
        Assert.Equal("Online", Row(cut, screen).GetAttribute("data-health"));

        Time.Advance(Registry.StaleAfter + TimeSpan.FromSeconds(5));

        cut.WaitForAssertion(() => Assert.Equal("Stale", Row(cut, screen).GetAttribute("data-health")));
    }

    [Fact]
    public void ToggleSpeaker_Clicked_MutesTheScreenInTheRegistry()
    {
        var screen = RegisterScreen(speaker: true);
        var cut = Render<ScreensPage>();

        Row(cut, screen).QuerySelector("[data-testid='toggle-speaker']")!.Click();

        Assert.False(Registry.Find(screen.Id)!.IsSpeaker);
        Assert.Equal("Muted", Row(cut, screen).GetAttribute("data-voice"));
    }

    [Fact]
    public void ToggleReading_Clicked_SwitchesToDigitByDigit()
    {
        var screen = RegisterScreen();
        var cut = Render<ScreensPage>();

        Row(cut, screen).QuerySelector("[data-testid='toggle-reading']")!.Click();

        Assert.Equal(NumberReading.DigitByDigit, Registry.Find(screen.Id)!.Reading);
    }

    [Fact]
    public void Remove_ClickedTwice_ForgetsTheScreen_OnceOnlyAsks()
    {
        var screen = RegisterScreen();
        var cut = Render<ScreensPage>();

        Row(cut, screen).QuerySelector("[data-testid='remove-screen']")!.Click();
        Assert.NotNull(Registry.Find(screen.Id));
        Row(cut, screen).QuerySelector("[data-testid='remove-screen']")!.Click();

        Assert.Null(Registry.Find(screen.Id));
        Assert.Equal("Belum ada layar terdaftar.", cut.Find("[data-testid='no-screens']").TextContent);
    }

    [Fact]
    public void ShowAddress_Clicked_ShowsTheScreensAddressWithItsToken()
    {
        var screen = RegisterScreen();
        var cut = Render<ScreensPage>();

        Row(cut, screen).QuerySelector("[data-testid='show-address']")!.Click();

        Assert.EndsWith("/display/zona-1?device=" + screen.Token, Row(cut, screen).QuerySelector("[data-testid='screen-address']")!.TextContent, StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ScreensPage> cut, ScreenDevice screen) =>
        cut.Find($"[data-testid='screen-row'][data-screen-id='{screen.Id}']");
}
