namespace MppQueue.Storage.Documents;

/// <summary>The last number issued under one prefix on one service day; the id is "yyyymmdd:PREFIX".</summary>
internal sealed class CounterDocument
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The service day as yyyymmdd.</summary>
    public int ServiceDate { get; set; }

    public string Prefix { get; set; } = string.Empty;

    public int LastSequence { get; set; }
}
