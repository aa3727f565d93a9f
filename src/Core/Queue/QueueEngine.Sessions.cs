
namespace MppQueue.Core;

public sealed partial class QueueEngine
{
    /// <summary>
    /// Signs an officer in at a desk. One officer per desk: a desk held by someone else is refused naming them,
    /// unless <paramref name="takeOver"/> is set, which is recorded in the audit log. An officer holds one desk at a time.
    /// </summary>
    public DeskState SignInToDesk(string deskId, Officer officer, bool takeOver = false)
    {
        ArgumentNullException.ThrowIfNull(officer);
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId);
            if (!officer.Active)
            {
                throw Refuse(QueueErrorCode.OfficerInactive, detail: officer.UserName);
            }

            if (!DeskAccess.CanUse(officer, desk))
            {
                throw Refuse(QueueErrorCode.DeskOfAnotherAgency, detail: DeskLabel(desk));
            }

            var state = StateOf(desk.Id);
            var holder = HolderOf(state);
            if (holder == officer.Id)
            {
                return state;
            }

            if (holder is not null && !takeOver)
            {
                throw new QueueException(new QueueError(QueueErrorCode.DeskHeldByOther, NameOf(holder), Detail: DeskLabel(desk)));
            }

            foreach (var other in _deskStates.Values.Where(s => s.DeskId != desk.Id && HolderOf(s) == officer.Id).ToList())
            {
                if (Catalog.FindDesk(other.DeskId) is { } otherDesk)
                {
                    var released = other with { SignedInOfficerId = null, SignedInAt = null, LastSequence = _sequence + 1 };
                    CommitDesk(otherDesk, released, QueueEventKind.DeskSignedOut, now, officer.Id, "moved to " + desk.Id);
                }
            }

            var signedIn = state with { SignedInOfficerId = officer.Id, SignedInAt = now, LastSequence = _sequence + 1 };
            var detail = holder is null ? null : "take-over from " + holder;
            return CommitDesk(desk, signedIn, QueueEventKind.DeskSignedIn, now, officer.Id, detail);
        }
    }

    /// <summary>Ends an officer's session at a desk; the desk's ticket, if any, stays with the desk.</summary>
    public DeskState SignOutOfDesk(string deskId, string officerId)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId);
            var state = StateOf(desk.Id);
            if (HolderOf(state) != officerId)
            {
                throw Refuse(QueueErrorCode.NotDeskHolder, detail: DeskLabel(desk));
            }

            var released = state with { SignedInOfficerId = null, SignedInAt = null, LastSequence = _sequence + 1 };
            return CommitDesk(desk, released, QueueEventKind.DeskSignedOut, now, officerId);
        }
    }

    /// <summary>The officer signed in at a desk today, or null.</summary>
    public string? DeskHolder(string deskId) => Snapshot.Desk(deskId)?.HolderId;

    /// <summary>Today's figures for a desk or an officer, from the snapshot (both null: every desk).</summary>
    public DeskFigures FiguresToday(string? deskId = null, string? officerId = null)
    {
        var snapshot = Snapshot;
        return (deskId, officerId) switch
        {
            ({ } desk, null) => snapshot.DeskFigures(desk),
            (null, { } officer) => snapshot.OfficerFigures(officer),
            _ => TodayRules.Figures(snapshot.Tickets.Values, deskId, officerId),
        };
    }

    /// <summary>A desk for a move by <paramref name="officerId"/>, who must be the one signed in there (when given).</summary>
    private Desk RequireDesk(string? deskId, string? officerId)
    {
        var desk = RequireDesk(deskId);
        if (officerId is null)
        {
            return desk;
        }

        return DeskAccess.RefusalForMove(desk, HolderOf(StateOf(desk.Id)), officerId, NameOf) is { } refusal
            ? throw new QueueException(refusal)
            : desk;
    }

    // A sign-in lasts until local midnight: yesterday's holder no longer blocks the desk.
    private string? HolderOf(DeskState state) => DeskAccess.HolderOn(state, _day, Catalog.Site.TimeZone);

    private string NameOf(string officerId) =>
        _store.LoadOfficers().FirstOrDefault(o => o.Id == officerId)?.DisplayName ?? officerId;
}
