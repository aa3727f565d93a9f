namespace MppQueue.Api.Messages;

/// <summary>
/// A service's live queue: how many wait, who is at a desk now, desks open, the longest wait so far, and the wait a
/// visitor joining now can expect (null while no desk is open for the service, or while no ticket is given: see
/// <see cref="Availability"/>).
/// </summary>
public sealed record QueueMessage(
    string ServiceId,
    DateTimeOffset At,
    int Waiting,
    int DesksOpen,
    IReadOnlyList<ServingMessage> NowServing,
    int? LongestWaitMinutes,
    WaitRangeMessage? WaitForNewTicket,
    AvailabilityMessage Availability);
