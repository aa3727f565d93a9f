using MppQueue.ComponentTesting;
using MppQueue.Ui.Components;

namespace MppQueue.Ui.Tests;

public class InteractiveRootTests : ComponentTestBase
{
    [Fact]
    public void Render_AfterFirstRender_SaysItIsInteractive()
    {
        var cut = Render<InteractiveRoot>(p => p.AddChildContent("<p>hello</p>"));

        Assert.Equal("true", cut.Find("div").GetAttribute("data-interactive"));
        Assert.Equal("hello", cut.Find("p").TextContent);
    }
}
