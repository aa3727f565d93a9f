using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IComplaintStore"/> on a <see cref="LiteFile"/>, under its one lock: complaints (one per ticket, by a
/// unique index) and each agency's forwarding set-up, in a collection of its own keyed by the agency's id, apart from
/// the agency's catalog document so that catalog saves never touch the token.
/// </summary>
public sealed class LiteComplaintStore(LiteFile file) : IComplaintStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public bool TryAddComplaint(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var document = ComplaintDocument.From(complaint);
        EnsureIndexes();
        return _file.Read(() =>
        {
            if (Complaints().Exists(LiteWhere.Equal(nameof(ComplaintDocument.TicketId), document.TicketId)))
            {
                return false;
            }

            try
            {
                _file.Write(() => Complaints().Insert(document));
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                return false;
            }

            return true;
        });
    }

    public void SaveComplaint(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var document = ComplaintDocument.From(complaint);
        EnsureIndexes();
        _file.Write(() => Complaints().Upsert(document));
    }

    public Complaint? FindComplaint(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        EnsureIndexes();
        return _file.Read(() => Complaints().FindById(id)?.ToComplaint());
    }

    public Complaint? FindComplaintOfTicket(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        EnsureIndexes();
        return _file.Read(() => Complaints().FindOne(LiteWhere.Equal(nameof(ComplaintDocument.TicketId), ticketId))?.ToComplaint());
    }

    public IReadOnlyList<Complaint> LoadWaitingComplaints()
    {
        EnsureIndexes();
        var waiting = StorageFormat.ToName(ComplaintState.Waiting);
        return _file.Read(() => Complaints().Find(LiteWhere.Equal(nameof(ComplaintDocument.State), waiting))
            .Select(d => d.ToComplaint())
            .OrderBy(c => c.SubmittedAt)
            .ToList());
    }

    public IReadOnlyList<Complaint> LoadComplaints(string? agencyId, int max)
    {
        EnsureIndexes();
        return _file.Read(() => (agencyId is null ? Complaints().FindAll() : Complaints().Find(LiteWhere.Equal(nameof(ComplaintDocument.AgencyId), agencyId)))
            .OrderByDescending(d => d.SubmittedAtUtcTicks)
            .Take(max)
            .Select(d => d.ToComplaint())
            .ToList());
    }

    public ComplaintChannel? FindComplaintChannel(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        return _file.Read(() => Channels().FindById(agencyId)?.ToChannel());
    }

    public void SaveComplaintChannel(ComplaintChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var document = ComplaintChannelDocument.From(channel);
        _file.Write(() => Channels().Upsert(document));
    }

    public void DeleteComplaintChannel(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        _file.Write(() => Channels().Delete(agencyId));
    }

    private ILiteCollection<ComplaintDocument> Complaints() => _file.Collection<ComplaintDocument>(CollectionNames.Complaints);

    private ILiteCollection<ComplaintChannelDocument> Channels() => _file.Collection<ComplaintChannelDocument>(CollectionNames.ComplaintChannels);

    private void EnsureIndexes() => _file.EnsureIndexesOnce(CollectionNames.Complaints, () =>
    {
        var complaints = Complaints();
        complaints.EnsureIndex(d => d.TicketId, unique: true);
        complaints.EnsureIndex(d => d.State);
        complaints.EnsureIndex(d => d.AgencyId);
    });
}
