using Microsoft.JSInterop;

namespace MppQueue.Counter.Components;

/// <summary>
/// The console's clocks that tick in the browser (counter-timer.js): the time since the call and the minutes each
/// visitor has waited. The console page loads the module once, when it first renders; its interval serves every clock
/// the page shows then or later, so a clock that appears (a call, the waiting list back after a panel) costs no message.
/// </summary>
public static class BrowserClock
{
    public const string ModulePath = "./_content/MppQueue.Counter/counter-timer.js";

    /// <summary>Loads the module and ticks its clocks at once; a page that went away, or a browser that cannot run it, keeps the times rendered last.</summary>
    public static async Task StartAsync(IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        try
        {
            var module = await js.InvokeAsync<IJSObjectReference?>("import", ModulePath);
            if (module is not null)
            {
                await module.InvokeVoidAsync("start");
                await module.DisposeAsync();
            }
        }
        catch (Exception ex) when (ex is JSDisconnectedException or JSException or TaskCanceledException or ObjectDisposedException)
        {
            // The times shown are the ones rendered last.
        }
    }
}
