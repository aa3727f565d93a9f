using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Complaint"/>; one per ticket (a unique index on <see cref="TicketId"/>).</summary>
internal sealed class ComplaintDocument
{
    public string Id { get; set; } = string.Empty;

    public string AgencyId { get; set; } = string.Empty;

    public string ServiceId { get; set; } = string.Empty;

    public string TicketId { get; set; } = string.Empty;

    public string TicketNumber { get; set; } = string.Empty;

    public int ServiceDate { get; set; }

    public string Text { get; set; } = string.Empty;

    public long SubmittedAtUtcTicks { get; set; }

    public string State { get; set; } = string.Empty;

    public int Attempts { get; set; }

    public long NextAttemptAtUtcTicks { get; set; }

    public long? ForwardedAtUtcTicks { get; set; }

    public string? LastError { get; set; }

    public string? Reference { get; set; }

    public static ComplaintDocument From(Complaint c) => new()
    {
        Id = c.Id,
        AgencyId = c.AgencyId,
        ServiceId = c.ServiceId,
        TicketId = c.TicketId,
        TicketNumber = c.TicketNumber,
        ServiceDate = StorageFormat.ToDay(c.ServiceDate),
        Text = c.Text,
        SubmittedAtUtcTicks = StorageFormat.ToUtcTicks(c.SubmittedAt),
        State = StorageFormat.ToName(c.State),
        Attempts = c.Attempts,
        NextAttemptAtUtcTicks = StorageFormat.ToUtcTicks(c.NextAttemptAt),
        ForwardedAtUtcTicks = StorageFormat.ToUtcTicks(c.ForwardedAt),
        LastError = c.LastError,
        Reference = c.Reference,
    };

    public Complaint ToComplaint() => new()
    {
        Id = Id,
        AgencyId = AgencyId,
        ServiceId = ServiceId,
        TicketId = TicketId,
        TicketNumber = TicketNumber,
        ServiceDate = StorageFormat.FromDay(ServiceDate),
        Text = Text,
        SubmittedAt = StorageFormat.FromUtcTicks(SubmittedAtUtcTicks),
        State = StorageFormat.ParseName<ComplaintState>(State),
        Attempts = Attempts,
        NextAttemptAt = StorageFormat.FromUtcTicks(NextAttemptAtUtcTicks),
        ForwardedAt = StorageFormat.FromUtcTicks(ForwardedAtUtcTicks),
        LastError = LastError,
        Reference = Reference,
    };
}
