using MppQueue.Core;
using MppQueue.Display.Pages;

namespace MppQueue.Display.Tests;

public class DeskDisplayPageTests : DisplayTestBase
{
    [Fact]
    public void Render_NobodySignedIn_SaysTheDeskIsClosed()
    {
        var cut = Render<DeskDisplayPage>(p => p.Add(x => x.DeskId, "loket-03"));

        Assert.Equal("Loket 3", cut.Find("[data-testid='desk-label']").TextContent);
        Assert.Equal("Loket tutup", cut.Find("[data-testid='desk-status']").TextContent);
        Assert.Empty(cut.FindAll("[data-testid='desk-number']"));
    }

    [Fact]
    public void Render_DeskCalls_ShowsTheNumberLiveAndHighlighted()
    {
        var cut = Render<DeskDisplayPage>(p => p.Add(x => x.DeskId, "loket-03"));

        IssueAndCall("ktp-el", "loket-03");

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("A001", cut.Find("[data-testid='desk-number']").TextContent);
            Assert.Equal("Dipanggil", cut.Find("[data-testid='desk-status']").TextContent);
            Assert.Contains("fresh", cut.Find("[data-testid='desk-display']").ClassList);
        });
        Time.Advance(Options.Highlight);
        cut.WaitForAssertion(() => Assert.DoesNotContain("fresh", cut.Find("[data-testid='desk-display']").ClassList));
    }

    [Fact]
    public void Render_ServingThenFinished_FollowsTheDesk()
    {
        var cut = Render<DeskDisplayPage>(p => p.Add(x => x.DeskId, "loket-03"));
        var called = IssueAndCall("ktp-el", "loket-03");

        Engine.StartServing("loket-03", called.Id);
        cut.WaitForAssertion(() => Assert.Equal("Sedang dilayani", cut.Find("[data-testid='desk-status']").TextContent));
        Engine.Finish("loket-03", called.Id);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='desk-number']")));
    }

    [Fact]
    public void Render_OfficerSignedInAndPaused_SaysOnBreak()
    {
        var officer = Store.LoadOfficers().First(o => o.AgencyId == "disdukcapil");
        Engine.SignInToDesk("loket-03", officer);
        var cut = Render<DeskDisplayPage>(p => p.Add(x => x.DeskId, "loket-03"));
        Assert.Equal("Silakan tunggu panggilan", cut.Find("[data-testid='desk-status']").TextContent);

        Engine.PauseDesk("loket-03", PauseReason.Break, officerId: officer.Id);

        cut.WaitForAssertion(() => Assert.Equal("Istirahat sejenak", cut.Find("[data-testid='desk-status']").TextContent));
    }

    [Fact]
    public void Render_CallAtAnotherDesk_IsNotShownNorAnnounced()
    {
        var screen = RegisterDeskScreen("loket-03");
        OpenAsScreen("/display/desk/loket-03", screen);
        var cut = Render<DeskDisplayPage>(p => p.Add(x => x.DeskId, "loket-03"));

        IssueAndCall("ktp-el", "loket-01");
        IssueAndCall("ktp-el", "loket-03");

        cut.WaitForAssertion(() => Assert.Equal("A002", cut.Find("[data-testid='desk-number']").TextContent));
        Eventually(() => Assert.Single(Announced()));
        Assert.Equal("tiga", Announced()[0].Clips[^1]);
    }

    [Fact]
    public void Render_UnknownDesk_SaysSo()
    {
        var cut = Render<DeskDisplayPage>(p => p.Add(x => x.DeskId, "loket-99"));

        Assert.Equal("Loket ini tidak ada.", cut.Find("[data-testid='desk-unknown']").TextContent);
    }
}
