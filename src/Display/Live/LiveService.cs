using MppQueue.Core;

namespace MppQueue.Display.Live;

/// <summary>One service on <c>/live</c>.</summary>
/// <param name="Id">The service.</param>
/// <param name="Prefix">Its ticket prefix, the letters visitors know their number by.</param>
/// <param name="Name">Its name in the current language.</param>
/// <param name="Waiting">People waiting now.</param>
/// <param name="Serving">The numbers called or being served at its desks now, by desk number.</param>
/// <param name="NextWait">The wait for a ticket taken now, or null while no desk is open for it or no ticket is given.</param>
/// <param name="DesksOpen">Its desks open now.</param>
/// <param name="State">Whether a walk-in gets a ticket now, and if not why.</param>
/// <param name="QuotaLeft">Walk-in tickets left today.</param>
public sealed record LiveService(
    string Id,
    string Prefix,
    string Name,
    int Waiting,
    ValueList<LiveServing> Serving,
    WaitEstimate? NextWait,
    int DesksOpen,
    AvailabilityState State,
    int QuotaLeft);
