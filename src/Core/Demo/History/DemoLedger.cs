namespace MppQueue.Core;

/// <summary>
/// What the demo history has recorded so far, across its days, kept the way the engine keeps it: one sequence for
/// every move and desk change in the order they happen, each desk's stored state, and the audit entries that
/// <c>QueueEngine.CommitDesk</c> writes for sign-ins, sign-outs, pauses and resumes (same action names, actor and
/// detail).
/// </summary>
internal sealed class DemoLedger(DemoRandom random)
{
    private readonly Dictionary<string, DeskState> _desks = new(StringComparer.Ordinal);

    public DemoRandom Random { get; } = random;

    public long Sequence { get; private set; }

    public List<AuditEntry> Audit { get; } = [];

    public IEnumerable<DeskState> DeskStates => _desks.Values;

    public long Next() => ++Sequence;

    public DeskState StateOf(string deskId) => _desks.TryGetValue(deskId, out var state) ? state : new DeskState { DeskId = deskId };

    /// <summary>An officer signs in at a desk; when they hold another desk that day, they are signed out of it first ("moved to …").</summary>
    public void SignIn(Desk desk, string officerId, DateTimeOffset now, Desk? leaving = null)
    {
        if (leaving is not null)
        {
            var released = StateOf(leaving.Id) with { SignedInOfficerId = null, SignedInAt = null, LastSequence = Next() };
            Commit(leaving, released, QueueEventKind.DeskSignedOut, now, officerId, "moved to " + desk.Id);
        }

        var signedIn = StateOf(desk.Id) with { SignedInOfficerId = officerId, SignedInAt = now, LastSequence = Next() };
        Commit(desk, signedIn, QueueEventKind.DeskSignedIn, now, officerId, null);
    }

    public void SignOut(Desk desk, string officerId, DateTimeOffset now)
    {
        var released = StateOf(desk.Id) with { SignedInOfficerId = null, SignedInAt = null, LastSequence = Next() };
        Commit(desk, released, QueueEventKind.DeskSignedOut, now, officerId, null);
    }

    public void Pause(Desk desk, string officerId, PauseReason reason, string? note, DateTimeOffset now)
    {
        var paused = StateOf(desk.Id) with { Paused = true, Reason = reason, Note = note, Since = now, OfficerId = officerId, LastSequence = Next() };
        Commit(desk, paused, QueueEventKind.DeskPaused, now, null, null);
    }

    public void Resume(Desk desk, string officerId, DateTimeOffset now)
    {
        var resumed = StateOf(desk.Id) with { Paused = false, Reason = null, Note = null, Since = now, OfficerId = officerId, LastSequence = Next() };
        Commit(desk, resumed, QueueEventKind.DeskResumed, now, null, null);
    }

    // As QueueEngine.CommitDesk: the actor is the one named, else the state's officer; the detail the one given, else the pause's reason and note.
    private void Commit(Desk desk, DeskState state, QueueEventKind kind, DateTimeOffset now, string? actorId, string? detail)
    {
        Audit.Add(new AuditEntry(Random.NewId(), now, actorId ?? state.OfficerId, kind.ToString(), desk.Id, detail ?? JoinDetail(state.Reason?.ToString(), state.Note)));
        _desks[desk.Id] = state;
    }

    private static string? JoinDetail(params string?[] parts) =>
        parts.Any(p => !string.IsNullOrEmpty(p)) ? string.Join(": ", parts.Where(p => !string.IsNullOrEmpty(p))) : null;
}
