using MppQueue.Core;
using MppQueue.Display.Pages;

namespace MppQueue.Display.Tests;

/// <summary>What a zone screen asks screen.js to say: only live calls of its zone, only when it is a speaker.</summary>
public class ZoneAnnouncementTests : DisplayTestBase
{
    [Fact]
    public void Call_SpeakerScreen_AnnouncesChimeThenTheSentenceClipsInOrder()
    {
        var screen = RegisterScreen(speaker: true);
        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        var called = IssueAndCall("ktp-el", "loket-03");

        Eventually(() => Assert.Single(Announced()));
        var announcement = Announced()[0];
        Assert.Equal(called.LastSequence, announcement.Sequence);
        Assert.Equal(["chime", "nomor-antrian", "huruf-a", "satu", "silakan-menuju-loket", "tiga"], announcement.Clips);
        Assert.Equal("Nomor antrian A satu, silakan menuju loket tiga.", announcement.Sentence);
        Assert.False(announcement.UseSpeech);
    }

    [Fact]
    public void Call_DigitByDigitScreen_ReadsTheNumberDigitByDigit()
    {
        var screen = RegisterScreen(reading: NumberReading.DigitByDigit);
        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        IssueAndCall("skck", "loket-13");

        Eventually(() => Assert.Single(Announced()));
        Assert.Equal(["chime", "nomor-antrian", "huruf-es", "huruf-ka", "nol", "nol", "satu", "silakan-menuju-loket", "tiga", "belas"], Announced()[0].Clips);
    }

    [Fact]
    public void Recall_SpeakerScreen_AnnouncesTheCallAgain()
    {
        var screen = RegisterScreen();
        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var called = IssueAndCall("ktp-el", "loket-03");
        Eventually(() => Assert.Single(Announced()));

        var recalled = Engine.Recall("loket-03", called.Id);

        Eventually(() => Assert.Equal(2, Announced().Count));
        Assert.Equal(recalled.LastSequence, Announced()[1].Sequence);
        Assert.Equal(Announced()[0].Clips, Announced()[1].Clips);
    }

    [Fact]
    public void Calls_SeveralQuickly_AreAnnouncedInTheOrderMade()
    {
        var screen = RegisterScreen();
        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        var calls = new[] { IssueAndCall("ktp-el", "loket-01"), IssueAndCall("paspor", "loket-07"), IssueAndCall("skck", "loket-13") };

        Eventually(() => Assert.Equal(3, Announced().Count));
        Assert.Equal(calls.Select(c => c.LastSequence), Announced().Select(a => a.Sequence));
    }

    [Fact]
    public void Call_MadeBeforeTheScreenOpened_IsShownButNeverAnnounced()
    {
        var screen = RegisterScreen();
        IssueAndCall("ktp-el", "loket-03");

        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        Engine.Issue(new IssueRequest("paspor"));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-service-id='paspor'] [data-testid='waiting-count']").TextContent));
        Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent);
        Assert.Empty(Screen.Invocations["announce"]);
        Assert.Equal(Engine.LastSequence - 1, Property(Screen.Invocations["start"].Single().Arguments[0], "floor"));
    }

    [Fact]
    public void Call_SilentOrUnregisteredScreen_AnnouncesNothing()
    {
        var silent = RegisterScreen(speaker: false);
        OpenAsScreen("/display/zona-1", silent);
        var registered = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var anonymous = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        IssueAndCall("ktp-el", "loket-03");

        registered.WaitForAssertion(() => Assert.Equal("A001", registered.Find("[data-testid='display-now-number']").TextContent));
        anonymous.WaitForAssertion(() => Assert.Equal("A001", anonymous.Find("[data-testid='display-now-number']").TextContent));
        Assert.Empty(Screen.Invocations["announce"]);
    }

    [Fact]
    public void Call_SupervisorMutedTheScreenMeanwhile_IsNotAnnounced()
    {
        var screen = RegisterScreen();
        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        Registry.ChangeSettings(screen.Id, new ScreenSettings(screen.Name, IsSpeaker: false, screen.Reading, UseBrowserSpeech: false));
        IssueAndCall("ktp-el", "loket-03");

        cut.WaitForAssertion(() => Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent));
        Assert.Empty(Screen.Invocations["announce"]);
    }

    [Fact]
    public void Call_InAnotherZone_IsNotAnnounced()
    {
        var screen = RegisterScreen();
        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        IssueAndCall("npwp", "loket-28");
        IssueAndCall("ktp-el", "loket-03");

        Eventually(() => Assert.Single(Announced()));
        Assert.Contains("huruf-a", Announced()[0].Clips);
    }

    [Fact]
    public void Beat_RegisteredScreen_IsRecordedAsSeenWithWhatItSaysAboutItsSound()
    {
        Screen.Setup<string>("beat", _ => true).SetResult("blocked");
        var screen = RegisterScreen();

        OpenAsScreen("/display/zona-1", screen);
        Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        var seen = Registry.FindByToken(screen.Token)!;
        Assert.Equal(Time.GetUtcNow(), seen.LastSeenAt);
        Assert.Equal(ScreenSound.Blocked, seen.Sound);
        Assert.Equal(ScreenVoice.Blocked, Registry.StatusOf(seen).Voice);
    }

    [Fact]
    public void Beat_EveryHeartbeat_TellsThePageTheBeatAndTheScreensCurrentSettings()
    {
        var screen = RegisterScreen(speaker: false);
        OpenAsScreen("/display/zona-1", screen);
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        Assert.Single(Screen.Invocations["beat"]);

        Registry.ChangeSettings(screen.Id, new ScreenSettings(screen.Name, IsSpeaker: true, screen.Reading, UseBrowserSpeech: false));
        Time.Advance(Options.Heartbeat);

        Eventually(() => Assert.Equal(2, Screen.Invocations["beat"].Count));
        var beat = Screen.Invocations["beat"][1].Arguments[0];
        Assert.Equal(10, Property(beat, "periodSeconds"));
        Assert.Equal(true, Property(beat, "speaker"));
        Assert.Equal("10", cut.Find("[data-testid='display']").GetAttribute("data-mpp-watchdog"));
    }
}
