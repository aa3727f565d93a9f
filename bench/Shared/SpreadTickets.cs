using MppQueue.Core;

namespace MppQueue.Bench;

/// <summary>A busy morning's tickets: one per service in turn, skipping a service once its quota is used up.</summary>
public static class SpreadTickets
{
    public static IReadOnlyList<Ticket> Issue(QueueEngine engine, int count)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var services = engine.Catalog.Services.Values.Where(s => s.Active).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var tickets = new List<Ticket>(count);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; tickets.Count < count && refused.Count < services.Count; i++)
        {
            var service = services[i % services.Count];
            if (refused.Contains(service.Id))
            {
                continue;
            }

            try
            {
                tickets.Add(engine.Issue(new IssueRequest(service.Id)));
            }
            catch (QueueException)
            {
                refused.Add(service.Id);
            }
        }

        return tickets;
    }
}
