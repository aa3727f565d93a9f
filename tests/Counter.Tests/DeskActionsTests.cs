using MppQueue.Counter.Console;

namespace MppQueue.Counter.Tests;

/// <summary>Which moves the console offers in each stage of a visitor's turn, and how prominently.</summary>
public class DeskActionsTests
{
    [Theory]
    [InlineData(DeskStage.Idle, DeskCommand.CallNext)]
    [InlineData(DeskStage.Paused, DeskCommand.ResumeDesk)]
    [InlineData(DeskStage.Called, DeskCommand.StartServing)]
    [InlineData(DeskStage.Serving, DeskCommand.Finish)]
    public void For_EachStage_OffersExactlyOnePrimaryMove_TheNextStep(DeskStage stage, DeskCommand next)
    {
        var primary = Assert.Single(DeskActions.For(stage), a => a.Weight == ActionWeight.Primary);

        Assert.Equal(next, primary.Command);
        Assert.Equal(primary, DeskActions.For(stage)[0]);
    }

    [Fact]
    public void For_Called_FinishIsOnlyAnotherMove_AndTheNoShowStandsApartLast()
    {
        var called = DeskActions.For(DeskStage.Called);

        Assert.Equal(ActionWeight.Secondary, called.Single(a => a.Command == DeskCommand.Finish).Weight);
        Assert.Equal(new DeskAction(DeskCommand.NoShow, "F6", ActionWeight.Destructive), called[^1]);
        Assert.DoesNotContain(DeskActions.For(DeskStage.Serving), a => a.Command is DeskCommand.NoShow or DeskCommand.Recall or DeskCommand.StartServing);
    }

    [Fact]
    public void KeyOf_EveryMoveOfferedAnywhere_HasOneKeyOfItsOwnThatTheConsoleListensFor()
    {
        var offered = Enum.GetValues<DeskStage>().SelectMany(DeskActions.For).ToList();

        Assert.All(offered, a => Assert.Contains(a.Key, DeskConsoleView.ShortcutKeys));
        Assert.All(offered.GroupBy(a => a.Command), g => Assert.Single(g.Select(a => a.Key).Distinct()));

        // F9 pauses a free desk and opens a paused one again: one key, never both at once.
        Assert.All(
            offered.Where(a => a.Command is not (DeskCommand.Pause or DeskCommand.ResumeDesk)).GroupBy(a => a.Key),
            g => Assert.Single(g.Select(a => a.Command).Distinct()));
    }
}
