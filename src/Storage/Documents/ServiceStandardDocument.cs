using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="ServiceStandard"/>, inside its service's document; each list line as an id/en pair.</summary>
internal sealed class ServiceStandardDocument
{
    public List<StandardLineDocument> Requirements { get; set; } = [];

    public List<StandardLineDocument> Procedure { get; set; } = [];

    public string TimeToCompleteId { get; set; } = string.Empty;

    public string TimeToCompleteEn { get; set; } = string.Empty;

    public bool Free { get; set; }

    public string CostId { get; set; } = string.Empty;

    public string CostEn { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    public string ProductId { get; set; } = string.Empty;

    public string ProductEn { get; set; } = string.Empty;

    public string ComplaintPhone { get; set; } = string.Empty;

    public string ComplaintDeskId { get; set; } = string.Empty;

    public string ComplaintDeskEn { get; set; } = string.Empty;

    public static ServiceStandardDocument From(ServiceStandard standard) => new()
    {
        Requirements = [.. standard.Requirements.Select(StandardLineDocument.From)],
        Procedure = [.. standard.Procedure.Select(StandardLineDocument.From)],
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

    public ServiceStandard ToStandard() => new()
    {
        Requirements = [.. (Requirements ?? []).Select(l => l.ToLine())],
        Procedure = [.. (Procedure ?? []).Select(l => l.ToLine())],
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
}
