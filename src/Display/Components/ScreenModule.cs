using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace MppQueue.Display.Components;

/// <summary>
/// screen.js as the server talks to it: each call goes through the circuit's dispatcher and is bounded in time, and
/// a page that is gone for now (disconnected, reloading, too slow) answers nothing instead of throwing. A call that
/// got no answer is not replayed.
/// </summary>
public sealed class ScreenModule(IJSObjectReference module, Func<Func<Task>, Task> dispatch, ILogger logger) : IAsyncDisposable
{
    /// <summary>Whether an exception only says that the page or the circuit is not there (any more).</summary>
    public static bool IsGone(Exception ex) =>
        ex is JSDisconnectedException or JSException or OperationCanceledException or ObjectDisposedException or InvalidOperationException;

    /// <summary>Calls a function of the module; its answer, or the default when none came in time.</summary>
    public async Task<T?> CallAsync<T>(string function, object argument, CancellationToken stop, TimeSpan? timeout = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (timeout is { } after)
        {
            limit.CancelAfter(after);
        }

        try
        {
            T? answer = default;
            await dispatch(async () => answer = await module.InvokeAsync<T>(function, limit.Token, argument));
            return answer;
        }
        catch (Exception ex) when (IsGone(ex))
        {
            // Disconnected for now: the beat fails until the page is back (or reloads); the call is not replayed.
            logger.LogDebug(ex, "The screen did not answer {Function}.", function);
            return default;
        }
    }

    /// <summary>Tells the page to stop (its watchdog and sound) and lets the module go.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await module.InvokeVoidAsync("stop");
            await module.DisposeAsync();
        }
        catch (Exception ex) when (IsGone(ex))
        {
            // The page or the circuit is already gone.
        }
    }
}
