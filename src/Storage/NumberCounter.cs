namespace MppQueue.Storage;

/// <summary>The last number issued under one prefix on one service day.</summary>
public sealed record NumberCounter(DateOnly Day, string Prefix, int Last);
