using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The public part of a service's standard (standar pelayanan, PermenPANRB 15/2014): what to bring, the steps, how
/// long it takes, what it costs and on what legal basis, what the visitor gets, and where to complain. The same
/// things the SKM asks visitors to rate, published so that a service can be held to them. Opening hours, quota and
/// booking rules stay on <see cref="Service"/>; the agency's SP4N-LAPOR! address stays on <see cref="Agency"/>.
/// </summary>
public sealed record ServiceStandard
{
    public static ServiceStandard Empty { get; } = new();

    /// <summary>What to bring (persyaratan), one document or condition per line.</summary>
    public ImmutableArray<StandardLine> Requirements { get; init; } = [];

    /// <summary>The steps (sistem, mekanisme dan prosedur), in order.</summary>
    public ImmutableArray<StandardLine> Procedure { get; init; } = [];

    /// <summary>How long until the visitor has the product (jangka waktu), as people say it: "14 hari kerja".</summary>
    public string TimeToCompleteId { get; init; } = string.Empty;

    public string TimeToCompleteEn { get; init; } = string.Empty;

    /// <summary>No charge at all: the visitor reads "Gratis" first.</summary>
    public bool Free { get; init; }

    /// <summary>The tariff (biaya/tarif) in words and rupiah: "Rp350.000 (paspor biasa 48 halaman)".</summary>
    public string CostId { get; init; } = string.Empty;

    public string CostEn { get; init; } = string.Empty;

    /// <summary>The regulation behind the cost or the service ("UU 24/2013", "PP 28/2019"); legal names are not translated.</summary>
    public string LegalBasis { get; init; } = string.Empty;

    /// <summary>What the visitor gets (produk pelayanan).</summary>
    public string ProductId { get; init; } = string.Empty;

    public string ProductEn { get; init; } = string.Empty;

    /// <summary>A phone or WhatsApp number for complaints about this service, besides the agency's SP4N-LAPOR! address.</summary>
    public string ComplaintPhone { get; init; } = string.Empty;

    /// <summary>Where in the building a complaint is taken in person ("Meja informasi Disdukcapil, Zona 1").</summary>
    public string ComplaintDeskId { get; init; } = string.Empty;

    public string ComplaintDeskEn { get; init; } = string.Empty;

    /// <summary>
    /// A standard whose requirements come from a service's older requirement texts, one item per line or per
    /// semicolon, the Indonesian and English items paired in order.
    /// </summary>
    public static ServiceStandard FromRequirements(string? requirementsId, string? requirementsEn) =>
        new() { Requirements = Pair(SplitLines(requirementsId), SplitLines(requirementsEn)) };

    /// <summary>Items of a text written as one line each, or separated by semicolons as the kiosk reads them.</summary>
    public static ImmutableArray<string> SplitLines(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Lines from an Indonesian and an English list, paired in order (a missing English item stays empty).</summary>
    public static ImmutableArray<StandardLine> Pair(IReadOnlyList<string> indonesian, IReadOnlyList<string> english)
    {
        ArgumentNullException.ThrowIfNull(indonesian);
        ArgumentNullException.ThrowIfNull(english);
        return [.. indonesian.Select((id, i) => new StandardLine(id, i < english.Count ? english[i] : string.Empty))];
    }

    /// <summary>The requirements as the older one-line text the kiosk and the API read ("a; b; c").</summary>
    public static string JoinRequirements(IEnumerable<StandardLine> lines, bool english)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return string.Join("; ", lines.Select(l => l.In(english)));
    }
}
