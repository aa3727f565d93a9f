using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

public class DeskSessionTests
{
    private readonly EngineHarness _h = new();

    private QueueEngine Engine => _h.Engine;

    [Fact]
    public void SignIn_FreeDeskOfOwnAgency_HoldsTheDeskAndIsAudited()
    {
        var officer = _h.Officer("budi", "disdukcapil");

        var state = Engine.SignInToDesk("loket-01", officer);

        Assert.Equal("budi", state.SignedInOfficerId);
        Assert.Equal("budi", Engine.DeskHolder("loket-01"));
        var audit = Assert.Single(_h.Store.Audit);
        Assert.Equal(("DeskSignedIn", "budi", "loket-01"), (audit.Action, audit.ActorId, audit.Subject));
        Assert.Equal(QueueEventKind.DeskSignedIn, _h.Events[^1].Kind);
    }

    [Fact]
    public void SignIn_DeskOfAnotherAgency_IsRefused()
    {
        var officer = _h.Officer("sari", "polres");

        var error = Refused(() => Engine.SignInToDesk("loket-01", officer));

        Assert.Equal(QueueErrorCode.DeskOfAnotherAgency, error.Code);
        Assert.Equal("Loket 1 milik instansi lain. Anda hanya dapat memakai loket instansi Anda.", error.Error.Describe(Indonesian));
        Assert.Null(Engine.DeskHolder("loket-01"));
    }

    [Fact]
    public void SignIn_MppWideSupervisorOrAdmin_MayUseAnyDesk()
    {
        Engine.SignInToDesk("loket-04", _h.Officer("spv", null, OfficerRole.Supervisor));
        Engine.SignInToDesk("loket-01", _h.Officer("adm", null, OfficerRole.Admin));

        Assert.Equal(("spv", "adm"), (Engine.DeskHolder("loket-04"), Engine.DeskHolder("loket-01")));
        Assert.False(DeskAccess.CanUse(_h.Officer("spv-polres", "polres", OfficerRole.Supervisor), Engine.Catalog.Desks["loket-01"]));
    }

    [Fact]
    public void SignIn_DeskHeldBySomeoneElse_SaysWhoAndTakeOverIsLogged()
    {
        _h.SignIn("loket-01", "budi");
        var ani = _h.Officer("ani", "disdukcapil");

        var error = Refused(() => Engine.SignInToDesk("loket-01", ani));
        Engine.SignInToDesk("loket-01", ani, takeOver: true);

        Assert.Equal(QueueErrorCode.DeskHeldByOther, error.Code);
        Assert.StartsWith("Loket 1 sedang dipakai oleh Petugas budi.", error.Error.Describe(Indonesian), StringComparison.Ordinal);
        Assert.Equal("ani", Engine.DeskHolder("loket-01"));
        Assert.Contains(_h.Store.Audit, a => a.ActorId == "ani" && a.Detail == "take-over from budi");
    }

    [Fact]
    public void Actions_ByAnOfficerWhoDoesNotHoldTheDesk_AreRefused()
    {
        _h.Issue("a");
        _h.SignIn("loket-01", "budi");

        var other = Refused(() => Engine.CallNext("loket-01", "ani"));
        var nobody = Refused(() => Engine.CallNext("loket-02", "budi"));

        Assert.Equal(QueueErrorCode.DeskHeldByOther, other.Code);
        Assert.Equal(QueueErrorCode.NotDeskHolder, nobody.Code);
        Assert.Equal("budi", Engine.CallNext("loket-01", "budi").OfficerId);
    }

    [Fact]
    public void SignIn_AtASecondDesk_ReleasesTheFirst()
    {
        _h.SignIn("loket-01", "budi");

        _h.SignIn("loket-02", "budi");

        Assert.Null(Engine.DeskHolder("loket-01"));
        Assert.Equal("budi", Engine.DeskHolder("loket-02"));
    }

    [Fact]
    public void SignIn_DisabledAccount_IsRefused()
    {
        var officer = _h.Officer("old", "disdukcapil") with { Active = false };

        Assert.Equal(QueueErrorCode.OfficerInactive, Refused(() => Engine.SignInToDesk("loket-01", officer)).Code);
    }

    [Fact]
    public void SignIn_LastsUntilLocalMidnight()
    {
        _h.SignIn("loket-01", "budi");

        _h.Clock.Advance(TimeSpan.FromHours(16));

        Assert.Null(Engine.DeskHolder("loket-01"));
        Engine.SignInToDesk("loket-01", _h.Officer("ani", "disdukcapil"));
        Assert.Equal("ani", Engine.DeskHolder("loket-01"));
    }

    [Fact]
    public void SignOut_ByTheHolder_FreesTheDesk_ByAnotherIsRefused()
    {
        _h.SignIn("loket-01", "budi");

        Assert.Equal(QueueErrorCode.NotDeskHolder, Refused(() => Engine.SignOutOfDesk("loket-01", "ani")).Code);
        Engine.SignOutOfDesk("loket-01", "budi");

        Assert.Null(Engine.DeskHolder("loket-01"));
    }

    [Fact]
    public void PauseAndResume_KeepTheSignIn()
    {
        _h.SignIn("loket-01", "budi");

        Engine.PauseDesk("loket-01", PauseReason.Prayer, officerId: "budi");
        Engine.ResumeDesk("loket-01", "budi");

        Assert.Equal("budi", Engine.DeskHolder("loket-01"));
        Assert.Equal(["DeskSignedIn", "DeskPaused", "DeskResumed"], _h.Store.Audit.Select(a => a.Action));
    }

    [Fact]
    public void FiguresToday_CountsServedNoShowsAndAverages()
    {
        _h.SignIn("loket-01", "budi");
        _h.Issue("a");
        _h.Issue("a");
        _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromMinutes(10));
        var first = Engine.CallNext("loket-01", "budi");
        Engine.StartServing("loket-01", first.Id, "budi");
        _h.Clock.Advance(TimeSpan.FromMinutes(6));
        Engine.Finish("loket-01", first.Id, "budi");
        var second = Engine.CallNext("loket-01", "budi");
        Engine.StartServing("loket-01", second.Id, "budi");
        _h.Clock.Advance(TimeSpan.FromMinutes(4));
        Engine.Finish("loket-01", second.Id, "budi");
        var third = Engine.CallNext("loket-01", "budi");
        Engine.Recall("loket-01", third.Id, "budi");
        Engine.MarkNoShow("loket-01", third.Id, "budi");

        var desk = Engine.FiguresToday(deskId: "loket-01");
        var officer = Engine.FiguresToday(officerId: "budi");
        var elsewhere = Engine.FiguresToday(deskId: "loket-02");

        Assert.Equal((3, 2, 1, 0), (desk.Called, desk.Served, desk.NoShows, desk.Transferred));
        Assert.Equal(TimeSpan.FromMinutes(5), desk.AverageServiceTime);
        // Issued at 08:00 and 08:01, first called at 08:13 and 08:19: waits of 13 and 18 minutes.
        Assert.Equal(TimeSpan.FromMinutes(15.5), desk.AverageWait);
        Assert.Equal(desk, officer);
        Assert.Equal((0, null), (elsewhere.Served, elsewhere.AverageServiceTime));
    }
}
