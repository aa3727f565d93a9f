using Microsoft.AspNetCore.Components;

namespace MppQueue.Ui.Components;

/// <summary>
/// A component that shows only its parameters and hands its events on to its parent. Handling an event does not
/// render it again: the parent renders it when the event changed something, as part of the parent's own render.
/// </summary>
/// <remarks>
/// <see cref="ComponentBase"/> renders a component once when one of its handlers starts and once more when it ends.
/// For a button bar whose click runs a move in the parent, that second render came after the parent's and reached the
/// browser as a batch of its own (measured on the counter console: three render batches per move instead of two).
/// </remarks>
public abstract class ForwardingComponentBase : ComponentBase, IHandleEvent
{
    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
}
