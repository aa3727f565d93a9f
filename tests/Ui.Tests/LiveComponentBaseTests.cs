using System.Globalization;
using Microsoft.AspNetCore.Components.Rendering;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Ui.Components;

namespace MppQueue.Ui.Tests;

public class LiveComponentBaseTests : ComponentTestBase
{
    [Fact]
    public async Task Refresh_MoveMadeInAnotherLanguage_KeepsThePageLanguage()
    {
        var page = Render<CultureProbe>();
        Assert.Equal("id|0", page.Find("p").TextContent);

        // An officer working in English makes a move: the notifier runs on their thread, in their culture.
        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Engine.Issue(new IssueRequest("ktp-el"));
        });

        page.WaitForAssertion(() => Assert.Equal("id|1", page.Find("p").TextContent));
    }

    /// <summary>Shows the language it was last loaded in and how many tickets exist.</summary>
    private sealed class CultureProbe : LiveComponentBase
    {
        private string _seen = string.Empty;

        protected override void Load() =>
            _seen = CultureInfo.CurrentUICulture.Name + "|" + Engine.TicketsToday().Count.ToString(CultureInfo.InvariantCulture);

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, _seen);
            builder.CloseElement();
        }
    }
}
