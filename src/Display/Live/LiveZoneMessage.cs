namespace MppQueue.Display.Live;

/// <summary>A zone's latest calls on the wire, newest first.</summary>
public sealed record LiveZoneMessage(string Id, IReadOnlyList<LiveCallMessage> Calls);
