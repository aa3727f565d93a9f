using System.Collections.Concurrent;

namespace MppQueue.Core.Tests.Support;

/// <summary>An <see cref="IComplaintStore"/> in memory: one complaint per ticket, like the LiteDB store's unique index.</summary>
public sealed class InMemoryComplaintStore : IComplaintStore
{
    private readonly ConcurrentDictionary<string, Complaint> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _byTicket = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ComplaintChannel> _channels = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Complaint> All => [.. _byId.Values];

    public bool TryAddComplaint(Complaint complaint)
    {
        if (!_byTicket.TryAdd(complaint.TicketId, complaint.Id))
        {
            return false;
        }

        _byId[complaint.Id] = complaint;
        return true;
    }

    public void SaveComplaint(Complaint complaint) => _byId[complaint.Id] = complaint;

    public Complaint? FindComplaint(string id) => _byId.GetValueOrDefault(id);

    public Complaint? FindComplaintOfTicket(string ticketId) => _byTicket.TryGetValue(ticketId, out var id) ? _byId[id] : null;

    public IReadOnlyList<Complaint> LoadWaitingComplaints() => [.. _byId.Values.Where(c => c.State == ComplaintState.Waiting).OrderBy(c => c.SubmittedAt)];

    public IReadOnlyList<Complaint> LoadComplaints(string? agencyId, int max) =>
        [.. _byId.Values.Where(c => agencyId is null || c.AgencyId == agencyId).OrderByDescending(c => c.SubmittedAt).Take(max)];

    public ComplaintChannel? FindComplaintChannel(string agencyId) => _channels.GetValueOrDefault(agencyId);

    public void SaveComplaintChannel(ComplaintChannel channel) => _channels[channel.AgencyId] = channel;

    public void DeleteComplaintChannel(string agencyId) => _channels.TryRemove(agencyId, out _);
}
