namespace MppQueue.Core;

/// <summary>
/// The order of calling. Within a service, the service's priority policy decides; across the services of
/// one desk, a ticket lifted by its policy goes first, then the earliest effective arrival.
/// </summary>
public static class CallOrder
{
    /// <summary>Orders one service's waiting tickets as they would be called from now on.</summary>
    /// <param name="regularSinceLastPriority">Regular tickets called since the last priority one (for a ratio policy).</param>
    public static IReadOnlyList<RankedTicket> ForService(IEnumerable<Ticket> waiting, PriorityPolicy policy, int regularSinceLastPriority)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var byArrival = waiting.OrderBy(t => t.ArrivedAt).ThenBy(t => t.Number.Sequence).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        return policy.Kind switch
        {
            PriorityPolicyKind.PriorityFirst =>
                [.. byArrival.Where(t => t.IsPriority).Select(t => new RankedTicket(t, true, t.ArrivedAt)),
                 .. byArrival.Where(t => !t.IsPriority).Select(t => new RankedTicket(t, false, t.ArrivedAt))],
            PriorityPolicyKind.Ageing =>
                [.. byArrival
                    .Select(t => new RankedTicket(t, false, t.IsPriority ? t.ArrivedAt.AddMinutes(-policy.Value) : t.ArrivedAt))
                    .OrderBy(r => r.EffectiveArrival)
                    .ThenBy(r => r.Ticket.ArrivedAt)],
            PriorityPolicyKind.Ratio => Interleave(byArrival, policy.Value, regularSinceLastPriority),
            _ => throw new ArgumentOutOfRangeException(nameof(policy)),
        };
    }

    /// <summary>Picks the next ticket for a desk from the heads of its services' queues.</summary>
    public static RankedTicket? PickForDesk(IEnumerable<RankedTicket?> heads) =>
        heads.OfType<RankedTicket>()
            .OrderByDescending(r => r.Promoted)
            .ThenBy(r => r.EffectiveArrival)
            .ThenBy(r => r.Ticket.ArrivedAt)
            .ThenBy(r => r.Ticket.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// Counts the regular tickets called in a service since its last priority call, from today's tickets.
    /// </summary>
    public static int RegularSinceLastPriority(IEnumerable<Ticket> calledToday)
    {
        var count = 0;
        foreach (var ticket in calledToday.Where(t => t.FirstCalledAt is not null).OrderByDescending(t => t.FirstCalledAt))
        {
            if (ticket.IsPriority)
            {
                break;
            }

            count++;
        }

        return count;
    }

    private static List<RankedTicket> Interleave(List<Ticket> byArrival, int every, int regularSinceLastPriority)
    {
        var priority = new Queue<Ticket>(byArrival.Where(t => t.IsPriority));
        var regular = new Queue<Ticket>(byArrival.Where(t => !t.IsPriority));
        var ordered = new List<RankedTicket>(byArrival.Count);
        var count = regularSinceLastPriority;
        while (priority.Count > 0 || regular.Count > 0)
        {
            var due = count >= every;
            if (priority.Count > 0 && (regular.Count == 0 || due || priority.Peek().ArrivedAt <= regular.Peek().ArrivedAt))
            {
                var ticket = priority.Dequeue();
                var lifted = regular.Count > 0 && regular.Peek().ArrivedAt < ticket.ArrivedAt;
                ordered.Add(new RankedTicket(ticket, lifted, ticket.ArrivedAt));
                count = 0;
            }
            else
            {
                var ticket = regular.Dequeue();
                ordered.Add(new RankedTicket(ticket, false, ticket.ArrivedAt));
                count++;
            }
        }

        return ordered;
    }
}
