namespace MppQueue.Api.Messages;

/// <summary>An agency (instansi) of the MPP, as the API shows it, with its complaint channel (SP4N-LAPOR!) when it has one.</summary>
public sealed record AgencyMessage(string Id, string Name, string ShortName, string DescriptionId, string DescriptionEn, string? ComplaintUrl);
