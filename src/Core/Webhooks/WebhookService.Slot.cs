namespace MppQueue.Core;

public sealed partial class WebhookService
{
    /// <summary>One subscription in memory: its current and last written copies, its attempts not yet written, its loop and what wakes it.</summary>
    private sealed class Slot(WebhookSubscription subscription) : IDisposable
    {
        private readonly SemaphoreSlim _wake = new(0, 1);
        private readonly CancellationTokenSource _stop = new();
        private CancellationTokenSource? _linked;

        public Lock Gate { get; } = new();

        public WebhookSubscription Current { get; set; } = subscription;

        public WebhookSubscription? Saved { get; set; } = subscription;

        /// <summary>Attempts made since the last write of attempts, oldest first; under <see cref="Gate"/>.</summary>
        public List<WebhookAttempt> Unsaved { get; set; } = [];

        /// <summary>Grows with every change from outside the loop (replay, pause), so the loop drops what it was doing.</summary>
        public long Version { get; set; }

        public Task? Loop { get; set; }

        /// <summary>A token that ends with the service's run or this subscription's removal.</summary>
        public CancellationToken StopWith(CancellationToken running)
        {
            _linked = CancellationTokenSource.CreateLinkedTokenSource(running, _stop.Token);
            return _linked.Token;
        }

        public void Wake()
        {
            try
            {
                if (_wake.CurrentCount == 0)
                {
                    _wake.Release();
                }
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
            catch (ObjectDisposedException)
            {
                // Removed.
            }
        }

        public async Task WaitAsync(TimeSpan timeout, CancellationToken stopping)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            if (timeout != Timeout.InfiniteTimeSpan)
            {
                timer.CancelAfter(timeout);
            }

            try
            {
                await _wake.WaitAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                // The wait is over.
            }
        }

        /// <summary>Ends the loop (it notices before its next attempt); the semaphore is left to the collector, since the loop may still be waiting on it.</summary>
        public void Dispose()
        {
            _stop.Cancel();
            Wake();
            _linked?.Dispose();
            _stop.Dispose();
        }
    }
}
