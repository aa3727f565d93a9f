namespace MppQueue.Core;

/// <summary>A service's availability at one instant: its state, when it opens again, and what is left of today's quota.</summary>
public sealed record ServiceAvailability(
    string ServiceId,
    AvailabilityState State,
    DateTimeOffset? NextOpening,
    int QuotaLeft,
    int QuotaTotal,
    TimeRange? TodayHours)
{
    public bool IsOpen => State == AvailabilityState.Open;

    public QueueErrorCode? RefusalCode => State switch
    {
        AvailabilityState.Open => null,
        AvailabilityState.NotYetOpen => QueueErrorCode.ServiceNotYetOpen,
        AvailabilityState.ClosedForToday => QueueErrorCode.ServiceClosedForToday,
        AvailabilityState.ClosedDay => QueueErrorCode.ServiceClosedDay,
        AvailabilityState.FridayBreak => QueueErrorCode.FridayBreak,
        AvailabilityState.PastCutOff => QueueErrorCode.PastCutOff,
        AvailabilityState.QuotaFull => QueueErrorCode.QuotaFull,
        _ => QueueErrorCode.ServiceInactive,
    };
}
