using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="ComplaintChannel"/>, keyed by the agency's id.</summary>
internal sealed class ComplaintChannelDocument
{
    public string Id { get; set; } = string.Empty;

    public string Endpoint { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    public long UpdatedAtUtcTicks { get; set; }

    public List<ComplaintTestDocument> Tests { get; set; } = [];

    public static ComplaintChannelDocument From(ComplaintChannel c) => new()
    {
        Id = c.AgencyId,
        Endpoint = c.Endpoint,
        Token = c.Token,
        UpdatedAtUtcTicks = StorageFormat.ToUtcTicks(c.UpdatedAt),
        Tests = [.. c.Tests.Select(t => new ComplaintTestDocument
        {
            AtUtcTicks = t.At.UtcTicks,
            StatusCode = t.StatusCode,
            Error = t.Error,
            TookTicks = t.Took.Ticks,
        })],
    };

    public ComplaintChannel ToChannel() => new()
    {
        AgencyId = Id,
        Endpoint = Endpoint,
        Token = Token,
        UpdatedAt = StorageFormat.FromUtcTicks(UpdatedAtUtcTicks),
        Tests = [.. (Tests ?? []).Select(t => new ConnectionTest(StorageFormat.FromUtcTicks(t.AtUtcTicks), t.StatusCode, t.Error, TimeSpan.FromTicks(t.TookTicks)))],
    };
}

/// <summary>One stored connection test of a complaint channel.</summary>
internal sealed class ComplaintTestDocument
{
    public long AtUtcTicks { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public long TookTicks { get; set; }
}
