using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MppQueue.ComponentTesting;
using MppQueue.Ui.Components;

namespace MppQueue.Ui.Tests;

/// <summary>A component that shows only its parameters renders when they change by value, and not for its own events.</summary>
public class PureComponentBaseTests : ComponentTestBase
{
    [Fact]
    public void Render_SameValuesAgain_RendersNothing_AChangedValueOrItemRendersOnce()
    {
        var cut = Render<Shown>(p => p.Add(x => x.Title, "A").Add(x => x.Items, new List<string> { "x", "y" }).Add(x => x.Count, 2));
        Assert.Equal(1, cut.RenderCount);

        // Equal by value, the list a new instance with the same items.
        cut.Render(p => p.Add(x => x.Title, "A").Add(x => x.Items, new List<string> { "x", "y" }).Add(x => x.Count, 2));
        Assert.Equal(1, cut.RenderCount);

        cut.Render(p => p.Add(x => x.Title, "A").Add(x => x.Items, new List<string> { "x", "z" }).Add(x => x.Count, 2));
        Assert.Equal(2, cut.RenderCount);
        Assert.Equal("A x z 2", cut.Find("p").TextContent);

        cut.Render(p => p.Add(x => x.Title, "B").Add(x => x.Items, new List<string> { "x", "z" }).Add(x => x.Count, 2));
        Assert.Equal(3, cut.RenderCount);

        cut.Render(p => p.Add(x => x.Title, "B").Add(x => x.Items, new List<string> { "x", "z" }).Add(x => x.Count, 3));
        Assert.Equal(4, cut.RenderCount);
        Assert.Equal("B x z 3", cut.Find("p").TextContent);
    }

    [Fact]
    public void Click_HandedToTheParent_TheComponentItselfDoesNotRenderForIt()
    {
        var pressed = 0;
        var cut = Render<Shown>(p => p.Add(x => x.Title, "A").Add(x => x.Count, 1).Add(x => x.OnPress, () => pressed++));

        cut.Find("button").Click();
        cut.Find("button").Click();

        Assert.Equal(2, pressed);
        Assert.Equal(1, cut.RenderCount);
    }

    private sealed class Shown : PureComponentBase
    {
        [Parameter]
        public string Title { get; set; } = string.Empty;

        [Parameter]
        public IReadOnlyList<string> Items { get; set; } = [];

        [Parameter]
        public int Count { get; set; }

        [Parameter]
        public EventCallback OnPress { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, string.Join(' ', [Title, .. Items, Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            builder.CloseElement();
            builder.OpenElement(2, "button");
            builder.AddAttribute(3, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => OnPress.InvokeAsync()));
            builder.CloseElement();
        }
    }
}
