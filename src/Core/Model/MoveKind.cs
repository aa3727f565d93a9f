namespace MppQueue.Core;

/// <summary>Every move a ticket can make; each is recorded in the ticket's history.</summary>
public enum MoveKind
{
    Issue,
    CheckIn,
    Call,
    CallSpecific,
    Recall,
    StartServing,
    Finish,
    NoShow,
    Restore,
    Transfer,
    Hold,
    Resume,
    Cancel,
    Postpone,
}
