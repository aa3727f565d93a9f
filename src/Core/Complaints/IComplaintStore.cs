namespace MppQueue.Core;

/// <summary>Where complaints and each agency's forwarding set-up are kept; each write is committed when the method returns.</summary>
public interface IComplaintStore
{
    /// <summary>Stores a new complaint; false, and nothing stored, when its ticket already has one.</summary>
    bool TryAddComplaint(Complaint complaint);

    void SaveComplaint(Complaint complaint);

    Complaint? FindComplaint(string id);

    Complaint? FindComplaintOfTicket(string ticketId);

    /// <summary>The complaints still <see cref="ComplaintState.Waiting"/>, oldest first.</summary>
    IReadOnlyList<Complaint> LoadWaitingComplaints();

    /// <summary>The newest <paramref name="max"/> complaints, of one agency or (null) of all.</summary>
    IReadOnlyList<Complaint> LoadComplaints(string? agencyId, int max);

    ComplaintChannel? FindComplaintChannel(string agencyId);

    void SaveComplaintChannel(ComplaintChannel channel);

    void DeleteComplaintChannel(string agencyId);
}
