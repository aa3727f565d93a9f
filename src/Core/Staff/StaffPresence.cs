namespace MppQueue.Core;

/// <summary>
/// An officer's attendance on one day against their agency's working hours that day: who was on the roster when the
/// day was rolled up, when they first signed in and last signed out (at any desk).
/// </summary>
public sealed record StaffPresence
{
    public required DateOnly Day { get; init; }

    public required string OfficerId { get; init; }

    public required string AgencyId { get; init; }

    /// <summary>The agency's first opening and last closing that day (its services' hours); null when it was closed.</summary>
    public DateTimeOffset? Opens { get; init; }

    public DateTimeOffset? Closes { get; init; }

    public DateTimeOffset? FirstIn { get; init; }

    public DateTimeOffset? LastOut { get; init; }

    /// <summary>The last session of the day was never signed out (it ended with the day).</summary>
    public bool SignOutMissing { get; init; }

    public bool WorkingDay => Opens is not null;

    public bool Absent => WorkingDay && FirstIn is null;

    public bool LateStart(TimeSpan grace) => Opens is { } opens && FirstIn is { } first && first > opens + grace;

    public bool EarlyEnd(TimeSpan grace) => Closes is { } closes && LastOut is { } last && !SignOutMissing && last < closes - grace;
}
