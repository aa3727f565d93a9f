namespace MppQueue.Ui.Components;

/// <summary>
/// The timed refresh of a page that has no events to listen to (a registry, the webhooks' state): every period, on the
/// page's clock, the refresh runs on the circuit, until the page is gone.
/// </summary>
public static class PeriodicRefresh
{
    /// <param name="every">How often.</param>
    /// <param name="time">The page's clock.</param>
    /// <param name="onCircuit">The component's <c>InvokeAsync</c>.</param>
    /// <param name="refresh">What to do each time (read again and <c>StateHasChanged</c>).</param>
    /// <param name="gone">Cancelled when the page is disposed.</param>
    public static async Task RunAsync(TimeSpan every, TimeProvider time, Func<Action, Task> onCircuit, Action refresh, CancellationToken gone)
    {
        ArgumentNullException.ThrowIfNull(onCircuit);
        try
        {
            using var timer = new PeriodicTimer(every, time);
            while (await timer.WaitForNextTickAsync(gone).ConfigureAwait(false))
            {
                await onCircuit(refresh).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The page (or its circuit) is gone.
        }
    }
}
