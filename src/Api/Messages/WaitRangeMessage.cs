namespace MppQueue.Api.Messages;

/// <summary>An estimated wait in whole minutes, and whether recent service times ("Recent") or the standard time ("Standard") made it.</summary>
public sealed record WaitRangeMessage(int LowMinutes, int HighMinutes, string Basis);
