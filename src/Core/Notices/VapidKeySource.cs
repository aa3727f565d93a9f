namespace MppQueue.Core;

/// <summary>
/// The server's VAPID keys, made on first need and kept in the data file from then on: every browser's subscription
/// is bound to the public key, so the pair must outlive restarts (and is in every backup of the data file).
/// </summary>
public sealed class VapidKeySource(INoticeStore store, TimeProvider time)
{
    private readonly Lock _gate = new();
    private VapidKeys? _keys;

    /// <summary>The stored pair, or a new one stored now (once, whoever asks first).</summary>
    public VapidKeys Keys
    {
        get
        {
            if (Volatile.Read(ref _keys) is { } known)
            {
                return known;
            }

            // Not a Lazy: a store that fails once (a locked file) is asked again next time, not remembered as failing.
            lock (_gate)
            {
                _keys ??= store.LoadVapidKeys() ?? store.SaveVapidKeys(VapidKeyMaker.Create(time.GetUtcNow()));
                return _keys;
            }
        }
    }
}
