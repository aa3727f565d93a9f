using MppQueue.Core;

namespace MppQueue.Display.Live;

/// <summary>A zone's latest calls, newest first, as its wall screens show them.</summary>
public sealed record LiveZone(string Id, string Name, ValueList<LiveCall> Calls);
