using System.Collections;
using Microsoft.AspNetCore.Components;

namespace MppQueue.Ui.Components;

/// <summary>
/// A component that shows only its parameters and hands its events on to its parent. It renders when a parameter
/// changed by value (a list by its items), and not for handling an event: the parent renders it when the event
/// changed something, as part of the parent's own render.
/// </summary>
/// <remarks>
/// <see cref="ComponentBase"/> renders a child whenever its parent renders and one of its parameters is not of a
/// simple type, and renders a component once when one of its handlers starts and once more when it ends. On the counter
/// console that meant the visitor's card, the buttons and the figures drawn again for every move in the desk's services
/// (though most change none of them), and a render batch of the button bar's own after every press (2026-12-07).
/// A parameter that is a new delegate each time (a lambda, a child fragment) always counts as changed, so a component
/// that takes one gains nothing from this base.
/// </remarks>
public abstract class PureComponentBase : ComponentBase, IHandleEvent
{
    private Dictionary<string, object?>? _shown;
    private bool _unchanged;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        var incoming = parameters.ToDictionary();
        _unchanged = _shown is not null && Same(_shown, incoming);
        if (!_unchanged)
        {
            _shown = new Dictionary<string, object?>(incoming, StringComparer.Ordinal);
        }

        return base.SetParametersAsync(parameters);
    }

    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);

    protected override bool ShouldRender()
    {
        if (_unchanged)
        {
            _unchanged = false;
            return false;
        }

        return true;
    }

    private static bool Same(Dictionary<string, object?> shown, IReadOnlyDictionary<string, object?> incoming) =>
        shown.Count == incoming.Count
        && incoming.All(p => shown.TryGetValue(p.Key, out var before) && SameValue(before, p.Value));

    private static bool SameValue(object? before, object? now) =>
        Equals(before, now)
        || before is IEnumerable a && now is IEnumerable b && before is not string && a.Cast<object?>().SequenceEqual(b.Cast<object?>());
}
