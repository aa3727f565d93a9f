namespace MppQueue.Storage.Documents;

/// <summary>A named high-water mark the store keeps beside the data it is derived from, e.g. the move sequence after a restore.</summary>
internal sealed class MarkDocument
{
    public string Id { get; set; } = string.Empty;

    public long Value { get; set; }
}
