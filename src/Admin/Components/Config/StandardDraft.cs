using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>
/// The service standard part of the service form (standar pelayanan): the two lists, which a supervisor fills line
/// by line and may reorder, and the texts. <see cref="ToStandard"/> gives what <see cref="CatalogRules"/> checks.
/// </summary>
public sealed class StandardDraft
{
    public static readonly IReadOnlyCollection<string> Fields =
    [
        "standard.requirements", "standard.procedure", "standard.timeToCompleteId", "standard.timeToCompleteEn", "standard.costId",
        "standard.costEn", "standard.legalBasis", "standard.productId", "standard.productEn", "standard.complaintPhone",
        "standard.complaintDeskId", "standard.complaintDeskEn",
    ];

    public List<StandardLineDraft> Requirements { get; } = [];

    public List<StandardLineDraft> Procedure { get; } = [];

    public string? TimeToCompleteId { get; set; }

    public string? TimeToCompleteEn { get; set; }

    public bool Free { get; set; }

    public string? CostId { get; set; }

    public string? CostEn { get; set; }

    public string? LegalBasis { get; set; }

    public string? ProductId { get; set; }

    public string? ProductEn { get; set; }

    public string? ComplaintPhone { get; set; }

    public string? ComplaintDeskId { get; set; }

    public string? ComplaintDeskEn { get; set; }

    public static StandardDraft From(ServiceStandard standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        var draft = new StandardDraft
        {
            TimeToCompleteId = standard.TimeToCompleteId,
            TimeToCompleteEn = standard.TimeToCompleteEn,
            Free = standard.Free,
            CostId = standard.CostId,
            CostEn = standard.CostEn,
            LegalBasis = standard.LegalBasis,
            ProductId = standard.ProductId,
            ProductEn = standard.ProductEn,
            ComplaintPhone = standard.ComplaintPhone,
            ComplaintDeskId = standard.ComplaintDeskId,
            ComplaintDeskEn = standard.ComplaintDeskEn,
        };
        draft.Requirements.AddRange(standard.Requirements.Select(l => new StandardLineDraft { Id = l.Id, En = l.En }));
        draft.Procedure.AddRange(standard.Procedure.Select(l => new StandardLineDraft { Id = l.Id, En = l.En }));
        return draft;
    }

    /// <summary>A new empty line at the end of <paramref name="lines"/>.</summary>
    public static void Add(List<StandardLineDraft> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        lines.Add(new StandardLineDraft());
    }

    /// <summary>Moves a line one place up (<paramref name="by"/> -1) or down (+1); at either end it stays.</summary>
    public static void Move(List<StandardLineDraft> lines, StandardLineDraft line, int by)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var from = lines.IndexOf(line);
        var to = from + by;
        if (from < 0 || to < 0 || to >= lines.Count)
        {
            return;
        }

        lines.RemoveAt(from);
        lines.Insert(to, line);
    }

    public ServiceStandard ToStandard() => new()
    {
        Requirements = [.. Requirements.Select(Line)],
        Procedure = [.. Procedure.Select(Line)],
        TimeToCompleteId = TimeToCompleteId ?? string.Empty,
        TimeToCompleteEn = TimeToCompleteEn ?? string.Empty,
        Free = Free,
        CostId = CostId ?? string.Empty,
        CostEn = CostEn ?? string.Empty,
        LegalBasis = LegalBasis ?? string.Empty,
        ProductId = ProductId ?? string.Empty,
        ProductEn = ProductEn ?? string.Empty,
        ComplaintPhone = ComplaintPhone ?? string.Empty,
        ComplaintDeskId = ComplaintDeskId ?? string.Empty,
        ComplaintDeskEn = ComplaintDeskEn ?? string.Empty,
    };

    private static StandardLine Line(StandardLineDraft line) => new(line.Id ?? string.Empty, line.En ?? string.Empty);
}
