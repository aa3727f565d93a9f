namespace MppQueue.Core;

/// <summary>
/// One alert: its kind, how long the condition has lasted (<see cref="For"/>) against the limit it passed
/// (<see cref="Limit"/>), and the service, desk or device it is about. A queue over its length standard is a count,
/// not a duration: its <see cref="Waiting"/> passed <see cref="WaitingLimit"/>, and its times are zero.
/// </summary>
public sealed record CommandAlert(
    CommandAlertKind Kind,
    TimeSpan For,
    TimeSpan Limit,
    string? AgencyId = null,
    Service? Service = null,
    Desk? Desk = null,
    ScreenDevice? Device = null,
    PauseReason? PauseReason = null)
{
    /// <summary>The people waiting the alert is about: the service's queue, or the queues of an idle desk's services.</summary>
    public int? Waiting { get; init; }

    /// <summary>The queue length standard the service's queue passed.</summary>
    public int? WaitingLimit { get; init; }

    /// <summary>How far past the limit the condition is; alerts are listed most overdue first within a kind.</summary>
    public TimeSpan Overdue => For - Limit;

    /// <summary>How many more people wait than the queue length standard allows (0 for the other kinds).</summary>
    public int WaitingOver => Waiting is { } waiting && WaitingLimit is { } limit ? waiting - limit : 0;
}
