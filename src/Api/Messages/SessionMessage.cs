namespace MppQueue.Api.Messages;

/// <summary>One booking session of a day: local start and end ("09:00", "10:00"), its places, and the places left now.</summary>
public sealed record SessionMessage(string Start, string End, int Capacity, int Left);
