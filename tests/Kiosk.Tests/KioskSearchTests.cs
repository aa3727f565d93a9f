using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Flow;

namespace MppQueue.Kiosk.Tests;

/// <summary>The start's search without the flow: what is typed, what it finds, and forgetting it.</summary>
public class KioskSearchTests : ComponentTestBase
{
    [Fact]
    public void Type_ServiceName_OpensTheFieldAndFindsIt()
    {
        var search = new KioskSearch();

        search.Type("paspor", new KioskBoard(Engine));

        Assert.True(search.IsOpen);
        Assert.Equal("paspor", search.Text);
        Assert.Equal(["paspor"], search.Results.Select(t => t.Service.Id));
    }

    [Fact]
    public void Type_LongerThanTheField_IsCutToItsLength()
    {
        var search = new KioskSearch();

        search.Type(new string('x', KioskSearch.MaxLength + 5), new KioskBoard(Engine));

        Assert.Equal(KioskSearch.MaxLength, search.Text.Length);
        Assert.Empty(search.Results);
    }

    [Fact]
    public void Refresh_SomeoneTookATicketSinceTyping_ResultsShowTheNewWaitingCount()
    {
        var search = new KioskSearch();
        search.Type("paspor", new KioskBoard(Engine));
        var before = search.Results.Single().Waiting;

        Engine.Issue(new IssueRequest("paspor"));
        search.Refresh(new KioskBoard(Engine));

        Assert.Equal(before + 1, search.Results.Single().Waiting);
        Assert.Equal("paspor", search.Text);
    }

    [Fact]
    public void Forget_AfterTyping_ClosesAndEmptiesTheField()
    {
        var search = new KioskSearch();
        search.Type("paspor", new KioskBoard(Engine));

        search.Forget();

        Assert.Equal((false, string.Empty, 0), (search.IsOpen, search.Text, search.Results.Count));
    }
}
