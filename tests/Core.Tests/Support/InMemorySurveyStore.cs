using System.Collections.Concurrent;

namespace MppQueue.Core.Tests.Support;

/// <summary>An <see cref="ISurveyStore"/> in memory: one response per ticket, like the LiteDB store's unique index.</summary>
public sealed class InMemorySurveyStore : ISurveyStore
{
    private readonly ConcurrentDictionary<string, SurveyResponse> _byTicket = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SurveyResponse> All => [.. _byTicket.Values];

    public bool TryAddResponse(SurveyResponse response) => _byTicket.TryAdd(response.TicketId, response);

    public IReadOnlyList<SurveyResponse> LoadResponses(DateOnly firstDay, DateOnly lastDay) =>
        [.. _byTicket.Values.Where(r => r.ServiceDate >= firstDay && r.ServiceDate <= lastDay).OrderBy(r => r.SubmittedAt)];

    public bool HasResponse(string ticketId) => _byTicket.ContainsKey(ticketId);
}
