namespace MppQueue.Core;

/// <summary>A government agency or bank serving at the MPP (instansi).</summary>
public sealed record Agency
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string ShortName { get; init; } = string.Empty;

    public string DescriptionId { get; init; } = string.Empty;

    public string DescriptionEn { get; init; } = string.Empty;

    public bool Active { get; init; } = true;

    public int SortOrder { get; init; }

    /// <summary>
    /// Where a visitor complains about this agency's service (its SP4N-LAPOR! channel): an absolute https address, or
    /// empty when the agency has none. Shown on the ticket page and in the service catalogue.
    /// </summary>
    public string ComplaintUrl { get; init; } = string.Empty;

    /// <summary>A short name for the channel ("SP4N-LAPOR!"); empty reads as SP4N-LAPOR!.</summary>
    public string ComplaintLabel { get; init; } = string.Empty;
}
