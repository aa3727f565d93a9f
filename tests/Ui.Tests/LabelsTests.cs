using MppQueue.Core;
using MppQueue.ComponentTesting;
using MppQueue.Ui.Text;

namespace MppQueue.Ui.Tests;

public class LabelsTests : ComponentTestBase
{
    [Fact]
    public void Status_Indonesian_ReadsAsOnTheScreens()
    {
        Assert.Equal("Menunggu", Labels.Status(TicketStatus.Waiting));
        Assert.Equal("Dipanggil", Labels.Status(TicketStatus.Called));
    }

    [Fact]
    public void Status_English_ReadsInEnglish()
    {
        UseCulture("en");

        Assert.Equal("Waiting", Labels.Status(TicketStatus.Waiting));
        Assert.Equal("Counter 3", Labels.Desk(Engine.Catalog.Desks.Values.First(d => d.Number == 3)));
    }

    [Fact]
    public void Desk_Indonesian_IsLoketWithItsNumber()
    {
        Assert.Equal("Loket 3", Labels.Desk(Engine.Catalog.Desks.Values.First(d => d.Number == 3)));
    }
}
