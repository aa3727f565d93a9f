namespace MppQueue.Core;

/// <summary>From a day's tickets: when each desk had a visitor called or being served, and when each service had someone waiting.</summary>
public sealed class TicketSpans
{
    private readonly Dictionary<string, List<(DateTimeOffset, DateTimeOffset)>> _busy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(DateTimeOffset, DateTimeOffset)>> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spans> _busyCache = new(StringComparer.Ordinal);

    /// <param name="tickets">The day's tickets.</param>
    /// <param name="until">When what is still going on ends (the end of the day, or now).</param>
    public TicketSpans(IEnumerable<Ticket> tickets, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        foreach (var ticket in tickets)
        {
            Read(ticket, until);
        }
    }

    public Spans BusyAt(string deskId)
    {
        if (!_busyCache.TryGetValue(deskId, out var spans))
        {
            spans = Spans.Of(_busy.GetValueOrDefault(deskId) ?? []);
            _busyCache[deskId] = spans;
        }

        return spans;
    }

    public Spans WaitingFor(IEnumerable<string> serviceIds)
    {
        ArgumentNullException.ThrowIfNull(serviceIds);
        return Spans.Of(serviceIds.SelectMany(id => _waiting.GetValueOrDefault(id) ?? []));
    }

    private void Read(Ticket ticket, DateTimeOffset until)
    {
        var transfers = ticket.History.Count(m => m.Kind == MoveKind.Transfer);
        var seen = 0;
        for (var i = 0; i < ticket.History.Count; i++)
        {
            var move = ticket.History[i];
            if (move.Kind == MoveKind.Transfer)
            {
                seen++;
            }

            var end = i + 1 < ticket.History.Count ? ticket.History[i + 1].At : until;
            if (end > until)
            {
                end = until;
            }

            if (move.To == TicketStatus.Waiting)
            {
                // Only the last transfer's origin is kept on the ticket; more than two transfers in a day are rare.
                var service = seen == 0 ? ticket.IssuingServiceId
                    : seen == transfers ? ticket.ServiceId
                    : ticket.TransferredFromServiceId ?? ticket.ServiceId;
                Add(_waiting, service, move.At, end);
            }
            else if (move.To is TicketStatus.Called or TicketStatus.Serving && move.DeskId is { } desk)
            {
                Add(_busy, desk, move.At, end);
            }
        }
    }

    private static void Add(Dictionary<string, List<(DateTimeOffset, DateTimeOffset)>> into, string key, DateTimeOffset start, DateTimeOffset end)
    {
        if (!into.TryGetValue(key, out var list))
        {
            list = [];
            into[key] = list;
        }

        list.Add((start, end));
    }
}
