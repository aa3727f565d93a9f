namespace MppQueue.Core;

/// <summary>
/// Who may act at which desk, written once: an officer works at their own agency's desks (admins and MPP-wide
/// supervisors anywhere); a move at a desk is made by the officer signed in there, and a sign-in lasts until local
/// midnight. The engine asks it inside its gate; pages and the server's desk policy ask it with a snapshot.
/// </summary>
public static class DeskAccess
{
    /// <summary>Whether an officer may work at a desk: their own agency's desks; admins and MPP-wide supervisors anywhere; a regional account nowhere.</summary>
    public static bool CanUse(Officer officer, Desk desk)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(desk);
        return officer.Role == OfficerRole.Admin
            || (officer.Role == OfficerRole.Supervisor && officer.AgencyId is null)
            || (officer.Role != OfficerRole.Regional && officer.AgencyId == desk.AgencyId);
    }

    /// <summary>
    /// Why <paramref name="officerId"/> may not make a move at the desk now, or null when they hold it:
    /// nobody holds it (<see cref="QueueErrorCode.NotDeskHolder"/>), or another officer does, named.
    /// </summary>
    public static QueueError? RefusalForMove(Desk desk, string? holderId, string officerId, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(nameOf);
        if (holderId == officerId)
        {
            return null;
        }

        var label = desk.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return holderId is null
            ? new QueueError(QueueErrorCode.NotDeskHolder, Detail: label)
            : new QueueError(QueueErrorCode.DeskHeldByOther, nameOf(holderId), Detail: label);
    }

    /// <summary>The officer signed in at a desk on the day, or null: a sign-in lasts until local midnight.</summary>
    public static string? HolderOn(DeskState state, DateOnly day, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.SignedInOfficerId is not null && state.SignedInAt is { } at
            && DateOnly.FromDateTime(SiteClock.ToLocal(at, timeZone)) == day
            ? state.SignedInOfficerId
            : null;
    }
}
