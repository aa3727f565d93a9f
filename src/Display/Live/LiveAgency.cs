using MppQueue.Core;

namespace MppQueue.Display.Live;

/// <summary>One agency on <c>/live</c> and its active services, in the catalogue's order.</summary>
public sealed record LiveAgency(string Id, string Name, ValueList<LiveService> Services);
