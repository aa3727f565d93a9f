using Microsoft.JSInterop;

namespace MppQueue.Kiosk.Board;

/// <summary>
/// phone.js, the buzz and chime of the phone page. It is a nicety: a phone that cannot run it (an old cached page,
/// gone away, asleep) still shows everything on the screen, so a failed call is let go.
/// </summary>
public static class PhoneScript
{
    /// <summary>Calls one function of the module at <paramref name="modulePath"/>; false when the phone did not run it.</summary>
    public static async Task<bool> CallAsync(IJSRuntime js, string modulePath, string function)
    {
        ArgumentNullException.ThrowIfNull(js);
        try
        {
            var module = await js.InvokeAsync<IJSObjectReference>("import", modulePath);
            if (module is null)
            {
                return false;
            }

            await using (module)
            {
                await module.InvokeVoidAsync(function);
            }

            return true;
        }
        catch (JSException)
        {
            // An old cached page or a browser without the module: the notice on the screen still shows.
            return false;
        }
        catch (JSDisconnectedException)
        {
            // The phone went away; nothing to buzz.
            return false;
        }
        catch (TaskCanceledException)
        {
            // The phone did not answer in time (asleep); the notice is on the screen when it wakes.
            return false;
        }
    }
}
