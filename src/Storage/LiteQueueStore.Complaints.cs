using MppQueue.Core;

namespace MppQueue.Storage;

/// <summary>The complaints' port of the all-in-one store (<see cref="LiteComplaintStore"/>).</summary>
public sealed partial class LiteQueueStore : IComplaintStore
{
    private LiteComplaintStore? _complaints;

    private LiteComplaintStore Complaints => _complaints ??= new LiteComplaintStore(_file);

    public bool TryAddComplaint(Complaint complaint) => Complaints.TryAddComplaint(complaint);

    public void SaveComplaint(Complaint complaint) => Complaints.SaveComplaint(complaint);

    public Complaint? FindComplaint(string id) => Complaints.FindComplaint(id);

    public Complaint? FindComplaintOfTicket(string ticketId) => Complaints.FindComplaintOfTicket(ticketId);

    public IReadOnlyList<Complaint> LoadWaitingComplaints() => Complaints.LoadWaitingComplaints();

    public IReadOnlyList<Complaint> LoadComplaints(string? agencyId, int max) => Complaints.LoadComplaints(agencyId, max);

    public ComplaintChannel? FindComplaintChannel(string agencyId) => Complaints.FindComplaintChannel(agencyId);

    public void SaveComplaintChannel(ComplaintChannel channel) => Complaints.SaveComplaintChannel(channel);

    public void DeleteComplaintChannel(string agencyId) => Complaints.DeleteComplaintChannel(agencyId);
}
