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

    [Fact]
    public void Refresh_EventThatChangesNothingShown_DoesNotRender()
    {
        var page = Render<WaitingProbe>(p => p.Add(x => x.ServiceId, "ktp-el"));
        var loads = page.Instance.Loads;
        var renders = page.RenderCount;

        // A ticket of another service: the page reloads (it concerns every event) but shows the same count.
        Engine.Issue(new IssueRequest("paspor"));
        Eventually(() => Assert.Equal(loads + 1, page.Instance.Loads));
        Assert.Equal(renders, page.RenderCount);
        Assert.Equal("0", page.Find("p").TextContent);

        // One of its own: shown.
        Engine.Issue(new IssueRequest("ktp-el"));
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("p").TextContent));
        Assert.Equal(loads + 2, page.Instance.Loads);
        Assert.Equal(renders + 1, page.RenderCount);
    }

    [Fact]
    public void Refresh_PageThatSaysNothingOfWhatItShows_RendersOnEveryEvent()
    {
        var page = Render<CultureProbe>();
        var renders = page.RenderCount;

        Engine.Issue(new IssueRequest("paspor"));

        page.WaitForAssertion(() => Assert.Equal("id|1", page.Find("p").TextContent));
        Assert.Equal(renders + 1, page.RenderCount);
    }

    /// <summary>Shows how many wait for one service, and says so as its <see cref="LiveComponentBase.ShownView"/>.</summary>
    private sealed class WaitingProbe : LiveComponentBase
    {
        private int _waiting;

        [Microsoft.AspNetCore.Components.Parameter]
        public string ServiceId { get; set; } = string.Empty;

        public int Loads { get; private set; }

        protected override object ShownView => _waiting;

        protected override void Load()
        {
            Loads++;
            _waiting = TakeToday().Line(ServiceId).Waiting.Length;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, _waiting.ToString(CultureInfo.InvariantCulture));
            builder.CloseElement();
        }
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
