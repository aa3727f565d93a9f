using MppQueue.Core;

namespace MppQueue.Kiosk.Board;

/// <summary>
/// A service as a visitor weighs it at the kiosk: whether it gives a ticket now (and if not, why and when),
/// how many are waiting, an estimated wait, and today's quota left.
/// </summary>
/// <param name="PriorityAvailability">Whether a priority visitor would get a ticket (a split quota can be full for them alone).</param>
/// <param name="Estimate">The wait range for someone taking a ticket now; null when no desk is open.</param>
public sealed record ServiceTile(
    Service Service,
    Agency Agency,
    ServiceAvailability Availability,
    ServiceAvailability PriorityAvailability,
    int Waiting,
    WaitEstimate? Estimate)
{
    public bool IsOpen => Availability.IsOpen;
}
