namespace MppQueue.Core;

/// <summary>
/// One alert: its kind, how long the condition has lasted (<see cref="For"/>) against the limit it passed
/// (<see cref="Limit"/>), and the service, desk or device it is about.
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
    /// <summary>How far past the limit the condition is; alerts are listed most overdue first within a kind.</summary>
    public TimeSpan Overdue => For - Limit;
}
