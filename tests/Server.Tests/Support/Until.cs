namespace MppQueue.Server.Tests.Support;

/// <summary>Waiting for what another node or a background loop does.</summary>
internal static class Until
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Whether <paramref name="condition"/> held within 20 s, looked at every 50 ms.</summary>
    public static async Task<bool> TrueAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!condition())
        {
            if (patience.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        return true;
    }
}
