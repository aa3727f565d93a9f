namespace MppQueue.Display.Live;

/// <summary>One service's figures on the wire, as text to show.</summary>
public sealed record LiveServiceMessage(string Id, int Waiting, IReadOnlyList<LiveCallMessage> Serving, string Wait, bool Estimated, string Quota, string State, bool Open);
