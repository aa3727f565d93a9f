using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Tests.Support;
using MudBlazor;

namespace MppQueue.Admin.Tests.People;

/// <summary>Fills the MudBlazor fields of a rendered page by their <c>data-testid</c>, as a person typing or choosing would.</summary>
internal static class PeopleForms
{
    public static void Type(IRenderedComponent<IComponent> page, string testId, string value) =>
        page.FindComponents<MudTextField<string>>().Single(c => Is(c.Instance.UserAttributes, testId)).Find("input").Enter(value);

    public static void Choose<T>(IRenderedComponent<IComponent> page, string testId, T value)
    {
        var select = page.FindComponents<MudSelect<T>>().Single(c => Is(c.Instance.UserAttributes, testId));
        page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value)).GetAwaiter().GetResult();
    }

    public static void Pick<T>(IRenderedComponent<IComponent> page, T value)
    {
        var group = page.FindComponent<MudRadioGroup<T>>();
        page.InvokeAsync(() => group.Instance.ValueChanged.InvokeAsync(value)).GetAwaiter().GetResult();
    }

    public static void Press(IRenderedComponent<IComponent> page, string testId) => page.Find($"[data-testid='{testId}']").Click();

    public static string Text(IRenderedComponent<IComponent> page, string testId) => page.Find($"[data-testid='{testId}']").TextContent.Trim();

    public static IElement Row(IRenderedComponent<IComponent> page, string attribute, string value) =>
        page.Find($"tr[{attribute}='{value}']");

    private static bool Is(Dictionary<string, object?>? attributes, string testId) =>
        attributes is not null && attributes.TryGetValue("data-testid", out var value) && Equals(value, testId);
}
