namespace MppQueue.Core;

/// <summary>Whether a service issues tickets right now, and if not, why.</summary>
public enum AvailabilityState
{
    Open,
    NotYetOpen,
    ClosedForToday,
    ClosedDay,
    FridayBreak,
    PastCutOff,
    QuotaFull,
    Inactive,
}
