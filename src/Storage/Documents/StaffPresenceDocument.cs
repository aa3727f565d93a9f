using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="StaffPresence"/>, inside its day's <see cref="StaffDayDocument"/>.</summary>
internal sealed class StaffPresenceDocument
{
    public string OfficerId { get; set; } = string.Empty;

    public string AgencyId { get; set; } = string.Empty;

    public long? OpensUtcTicks { get; set; }

    public long? ClosesUtcTicks { get; set; }

    public long? FirstInUtcTicks { get; set; }

    public long? LastOutUtcTicks { get; set; }

    public bool SignOutMissing { get; set; }

    public static StaffPresenceDocument From(StaffPresence presence) => new()
    {
        OfficerId = presence.OfficerId,
        AgencyId = presence.AgencyId,
        OpensUtcTicks = StorageFormat.ToUtcTicks(presence.Opens),
        ClosesUtcTicks = StorageFormat.ToUtcTicks(presence.Closes),
        FirstInUtcTicks = StorageFormat.ToUtcTicks(presence.FirstIn),
        LastOutUtcTicks = StorageFormat.ToUtcTicks(presence.LastOut),
        SignOutMissing = presence.SignOutMissing,
    };

    public StaffPresence ToPresence(DateOnly day) => new()
    {
        Day = day,
        OfficerId = OfficerId,
        AgencyId = AgencyId,
        Opens = StorageFormat.FromUtcTicks(OpensUtcTicks),
        Closes = StorageFormat.FromUtcTicks(ClosesUtcTicks),
        FirstIn = StorageFormat.FromUtcTicks(FirstInUtcTicks),
        LastOut = StorageFormat.FromUtcTicks(LastOutUtcTicks),
        SignOutMissing = SignOutMissing,
    };
}
