using Microsoft.AspNetCore.Http;

namespace MppQueue.Api.Idempotency;

/// <summary>
/// The Idempotency-Key of the API's POSTs that create something (a booking, a ticket, a load of agency codes): the
/// first answer that succeeded is kept for 24 hours per client and key, and handed back to a retry with the same
/// request without calling the engine again; the same key with another request is refused. Kept in memory, at most
/// <see cref="MaxKeysPerClient"/> keys per client (the oldest go first), so a restart forgets every key: see ADR 15
/// for why that is enough (a ticket's key also reaches the engine, which keeps it with the ticket for the day).
/// A refusal is not kept: it created nothing, so a retry with the same key simply tries again.
/// </summary>
public sealed class ApiIdempotency(TimeProvider time)
{
    public const string Header = "Idempotency-Key";

    public const int MaxKeyLength = 64;

    public const int MaxKeysPerClient = 1000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ClientKeys> _clients = new(StringComparer.Ordinal);

    /// <summary>1 to <see cref="MaxKeyLength"/> visible ASCII characters (a UUID fits).</summary>
    public static bool IsValidKey(string? key) => key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is > ' ' and <= '~');

    /// <summary>
    /// What to do with a request: <see cref="IdempotencyOutcome.New"/> (the key is now held until <see cref="Complete"/>
    /// or <see cref="Abandon"/>), a replay of the kept answer, or a refusal (the key was used for another request, or
    /// its first request is still running).
    /// </summary>
    public (IdempotencyOutcome Outcome, IResult? Answer) Claim(string clientId, string key, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_clients.TryGetValue(clientId, out var keys))
            {
                _clients[clientId] = keys = new ClientKeys();
            }

            keys.Forget(now - Lifetime);
            if (keys.Find(key) is { } kept)
            {
                return kept.Fingerprint != fingerprint ? (IdempotencyOutcome.Reused, null)
                    : kept.Answer is { } answer ? (IdempotencyOutcome.Replay, answer)
                    : (IdempotencyOutcome.InUse, null);
            }

            keys.Add(new Entry(key, fingerprint, now));
            return (IdempotencyOutcome.New, null);
        }
    }

    /// <summary>Keeps the answer of a request that succeeded, for its retries.</summary>
    public void Complete(string clientId, string key, IResult answer)
    {
        lock (_gate)
        {
            if (_clients.TryGetValue(clientId, out var keys) && keys.Find(key) is { } entry)
            {
                entry.Answer = answer;
            }
        }
    }

    /// <summary>Lets go of a key whose request was refused or failed: nothing was created, a retry may try again.</summary>
    public void Abandon(string clientId, string key)
    {
        lock (_gate)
        {
            if (_clients.TryGetValue(clientId, out var keys))
            {
                keys.Remove(key);
                if (keys.Count == 0)
                {
                    _clients.Remove(clientId);
                }
            }
        }
    }

    /// <summary>How many keys a client has kept now (for tests and the bound).</summary>
    public int CountFor(string clientId)
    {
        lock (_gate)
        {
            return _clients.TryGetValue(clientId, out var keys) ? keys.Count : 0;
        }
    }

    private sealed class Entry(string key, string fingerprint, DateTimeOffset at)
    {
        public string Key { get; } = key;

        public string Fingerprint { get; } = fingerprint;

        public DateTimeOffset At { get; } = at;

        public IResult? Answer { get; set; }
    }

    // One client's keys, oldest first, so that forgetting the expired and the surplus is cheap.
    private sealed class ClientKeys
    {
        private readonly LinkedList<Entry> _order = new();
        private readonly Dictionary<string, LinkedListNode<Entry>> _byKey = new(StringComparer.Ordinal);

        public int Count => _byKey.Count;

        public Entry? Find(string key) => _byKey.TryGetValue(key, out var node) ? node.Value : null;

        public void Add(Entry entry)
        {
            while (_byKey.Count >= MaxKeysPerClient && _order.First is { } oldest)
            {
                Remove(oldest.Value.Key);
            }

            _byKey[entry.Key] = _order.AddLast(entry);
        }

        public void Remove(string key)
        {
            if (_byKey.Remove(key, out var node))
            {
                _order.Remove(node);
            }
        }

        public void Forget(DateTimeOffset before)
        {
            while (_order.First is { } oldest && oldest.Value.At <= before)
            {
                Remove(oldest.Value.Key);
            }
        }
    }
}
