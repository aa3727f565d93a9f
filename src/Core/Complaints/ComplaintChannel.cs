using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Where an agency's complaints are forwarded (its SP4N-LAPOR! integration): the endpoint and its access token, kept
/// beside the agency under the same id but apart from the catalog, so that the token never reaches a screen, the API or
/// the audit trail. The last <see cref="ComplaintForwarder.TestsKept"/> connection tests are kept with it.
/// </summary>
public sealed record ComplaintChannel
{
    public required string AgencyId { get; init; }

    /// <summary>The absolute address complaints are POSTed to.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Sent as <c>Authorization: Bearer</c>; stored as given (it must be, to send it), never shown again.</summary>
    public required string Token { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The newest first.</summary>
    public ImmutableList<ConnectionTest> Tests { get; init; } = [];
}
