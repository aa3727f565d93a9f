namespace MppQueue.Core;

/// <summary>
/// The current local day's tickets, held by the engine and changed only inside its gate, with the indexes the moves
/// and the snapshot need: by id, page token and idempotency key; by service (where the ticket waits now) and by
/// issuing service (whose quota it took); by desk and by officer that moved it; the ticket at each desk; the last
/// number given per prefix by this engine. Not thread-safe: readers use <see cref="TodaySnapshot"/>.
/// </summary>
public sealed class DayLedger
{
    private readonly Dictionary<string, Ticket> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idsByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idsByIdempotencyKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Ticket>> _byService = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Ticket>> _byIssuingService = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Ticket>> _byDesk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Ticket>> _byOfficer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Ticket> _atDesk = new(StringComparer.Ordinal);

    public DateOnly Day { get; private set; }

    public IReadOnlyCollection<Ticket> All => _tickets.Values;

    /// <summary>Forgets everything and holds <paramref name="tickets"/> as the tickets of <paramref name="day"/>.</summary>
    public void Reset(DateOnly day, IEnumerable<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        _tickets.Clear();
        _idsByToken.Clear();
        _idsByIdempotencyKey.Clear();
        _lastNumbers.Clear();
        _byService.Clear();
        _byIssuingService.Clear();
        _byDesk.Clear();
        _byOfficer.Clear();
        _atDesk.Clear();
        Day = day;
        foreach (var ticket in tickets)
        {
            Remember(ticket);
        }
    }

    public Ticket? Find(string? ticketId) => ticketId is not null && _tickets.TryGetValue(ticketId, out var ticket) ? ticket : null;

    public Ticket? FindByToken(string token) => _idsByToken.TryGetValue(token, out var id) ? _tickets[id] : null;

    public Ticket? FindByIdempotencyKey(string key) => _idsByIdempotencyKey.TryGetValue(key, out var id) ? _tickets[id] : null;

    /// <summary>Tickets that wait for, or were moved on to, the service (a transferred ticket belongs to its new service).</summary>
    public IReadOnlyCollection<Ticket> OfService(string serviceId) => Bucket(_byService, serviceId);

    /// <summary>Tickets issued for the service today, wherever they are now (they took its quota).</summary>
    public IReadOnlyCollection<Ticket> IssuedBy(string serviceId) => Bucket(_byIssuingService, serviceId);

    /// <summary>Tickets with at least one move made at the desk.</summary>
    public IReadOnlyCollection<Ticket> MovedAtDesk(string deskId) => Bucket(_byDesk, deskId);

    /// <summary>Tickets with at least one move made by the officer.</summary>
    public IReadOnlyCollection<Ticket> MovedByOfficer(string officerId) => Bucket(_byOfficer, officerId);

    /// <summary>The ticket called or being served at the desk, if any.</summary>
    public Ticket? AtDesk(string deskId) => _atDesk.GetValueOrDefault(deskId);

    /// <summary>
    /// The last number this engine gave for the prefix today, or null before its first: the store's counter is then
    /// the authority (it may be above every ticket in the file, as after restoring an earlier backup).
    /// </summary>
    public int? LastNumber(string prefix) => _lastNumbers.TryGetValue(prefix, out var last) ? last : null;

    /// <summary>Records a number just given.</summary>
    public void NumberGiven(TicketNumber number) => _lastNumbers[number.Prefix] = number.Sequence;

    /// <summary>Holds the ticket (new or moved) and returns the version it replaces, if any.</summary>
    public Ticket? Remember(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var before = Find(ticket.Id);
        if (before is not null)
        {
            Writable(_byService, before.ServiceId).Remove(before.Id);
            if (before.IsAtDesk && before.DeskId is { } oldDesk && _atDesk.TryGetValue(oldDesk, out var there) && there.Id == before.Id)
            {
                _atDesk.Remove(oldDesk);
            }
        }

        _tickets[ticket.Id] = ticket;
        _idsByToken[ticket.Token] = ticket.Id;
        if (ticket.IdempotencyKey is { } key)
        {
            _idsByIdempotencyKey[key] = ticket.Id;
        }

        Writable(_byService, ticket.ServiceId)[ticket.Id] = ticket;
        Writable(_byIssuingService, ticket.IssuingServiceId)[ticket.Id] = ticket;
        foreach (var move in ticket.History)
        {
            if (move.DeskId is { } deskId)
            {
                Writable(_byDesk, deskId)[ticket.Id] = ticket;
            }

            if (move.OfficerId is { } officerId)
            {
                Writable(_byOfficer, officerId)[ticket.Id] = ticket;
            }
        }

        if (ticket.IsAtDesk && ticket.DeskId is { } desk)
        {
            _atDesk[desk] = ticket;
        }

        return before;
    }

    private static Dictionary<string, Ticket> Writable(Dictionary<string, Dictionary<string, Ticket>> index, string key)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = new Dictionary<string, Ticket>(StringComparer.Ordinal);
            index[key] = bucket;
        }

        return bucket;
    }

    private static IReadOnlyCollection<Ticket> Bucket(Dictionary<string, Dictionary<string, Ticket>> index, string key) =>
        index.TryGetValue(key, out var bucket) ? bucket.Values : NoTickets;

    private static readonly Ticket[] NoTickets = [];
}
