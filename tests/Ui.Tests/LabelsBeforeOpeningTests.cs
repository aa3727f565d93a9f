using MppQueue.ComponentTesting;
using MppQueue.Ui.Text;

namespace MppQueue.Ui.Tests;

public class LabelsBeforeOpeningTests() : ComponentTestBase(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.FromHours(7)))
{
    [Fact]
    public void Unavailable_BeforeOpening_SaysWhenTheServiceOpens()
    {
        var service = Engine.Catalog.Services["ktp-el"];

        var sentence = Labels.Unavailable(Engine.Availability(service.Id), service, Engine.Catalog.Site);

        Assert.Contains("belum buka", sentence, StringComparison.Ordinal);
        Assert.Contains("07:30", sentence, StringComparison.Ordinal);
    }
}
