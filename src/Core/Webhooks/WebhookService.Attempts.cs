namespace MppQueue.Core;

/// <summary>A subscription's last attempts: noted in memory by its loop, written with the cursors, read from the store.</summary>
public sealed partial class WebhookService
{
    /// <summary>
    /// The subscription's last attempts, newest first: those stored (the same on every node and after a restart) and, on
    /// the node that delivers, those not written yet.
    /// </summary>
    public IReadOnlyList<WebhookAttempt> Attempts(string id)
    {
        var slot = Require(id);

        // Under the save lock, so that attempts on their way to the store are counted once.
        lock (_saveGate)
        {
            List<WebhookAttempt> unsaved;
            lock (slot.Gate)
            {
                unsaved = [.. slot.Unsaved];
            }

            unsaved.Reverse();
            return [.. unsaved.Concat(_store.LoadWebhookAttempts(id)).Take(AttemptsKept)];
        }
    }

    /// <summary>Notes an attempt in memory; it is written with the next cursors (or at once by a failure's <see cref="Save"/>).</summary>
    private static void Record(Slot slot, WebhookAttempt attempt)
    {
        lock (slot.Gate)
        {
            slot.Unsaved.Add(attempt);
            if (slot.Unsaved.Count > AttemptsKept)
            {
                slot.Unsaved.RemoveAt(0);
            }
        }
    }

    /// <summary>Writes the attempts of <paramref name="slots"/> not yet stored, in one transaction; under <see cref="_saveGate"/>.</summary>
    private void SaveAttempts(IEnumerable<Slot> slots)
    {
        var taken = new List<(Slot Slot, List<WebhookAttempt> Attempts)>();
        foreach (var slot in slots)
        {
            lock (slot.Gate)
            {
                if (slot.Unsaved.Count > 0)
                {
                    taken.Add((slot, slot.Unsaved));
                    slot.Unsaved = [];
                }
            }
        }

        if (taken.Count == 0)
        {
            return;
        }

        try
        {
            _store.AppendWebhookAttempts([.. taken.SelectMany(t => t.Attempts.Select(a => (t.Slot.Current.Id, a)))], AttemptsKept);
        }
        catch
        {
            // Kept for the next write, before any made meanwhile.
            foreach (var (slot, attempts) in taken)
            {
                lock (slot.Gate)
                {
                    attempts.AddRange(slot.Unsaved);
                    slot.Unsaved = [.. attempts.TakeLast(AttemptsKept)];
                }
            }

            throw;
        }
    }
}
