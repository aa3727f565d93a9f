using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The stored shape of <see cref="SurveyResponse"/>: the nine answers in element order, the service day
/// as yyyymmdd (indexed, for periods) and the ticket id under a unique index (one response per ticket).
/// </summary>
internal sealed class SurveyResponseDocument
{
    public string Id { get; set; } = string.Empty;

    public string TicketId { get; set; } = string.Empty;

    public string ServiceId { get; set; } = string.Empty;

    public string AgencyId { get; set; } = string.Empty;

    public string? IssuingServiceId { get; set; }

    /// <summary>The <see cref="VisitChannel"/> by name; absent (walk-in) in documents stored before it was recorded.</summary>
    public string? Channel { get; set; }

    public string? DeskId { get; set; }

    /// <summary>The local service day as yyyymmdd.</summary>
    public int ServiceDate { get; set; }

    public long SubmittedAtUtcTicks { get; set; }

    /// <summary>The answers in the order of <see cref="SkmAnswers.Elements"/>.</summary>
    public List<int> Answers { get; set; } = [];

    public string? Comment { get; set; }

    public static SurveyResponseDocument From(SurveyResponse response) => new()
    {
        Id = response.Id,
        TicketId = response.TicketId,
        ServiceId = response.ServiceId,
        AgencyId = response.AgencyId,
        IssuingServiceId = response.IssuingServiceId,
        Channel = StorageFormat.ToName(response.Channel),
        DeskId = response.DeskId,
        ServiceDate = StorageFormat.ToDay(response.ServiceDate),
        SubmittedAtUtcTicks = StorageFormat.ToUtcTicks(response.SubmittedAt),
        Answers = [.. response.Answers.Values],
        Comment = response.Comment,
    };

    public SurveyResponse ToResponse() => new()
    {
        Id = Id,
        TicketId = TicketId,
        ServiceId = ServiceId,
        AgencyId = AgencyId,
        IssuingServiceId = IssuingServiceId,
        Channel = Channel is null ? VisitChannel.WalkIn : StorageFormat.ParseName<VisitChannel>(Channel),
        DeskId = DeskId,
        ServiceDate = StorageFormat.FromDay(ServiceDate),
        SubmittedAt = StorageFormat.FromUtcTicks(SubmittedAtUtcTicks),
        Answers = SkmAnswers.Create(Answers),
        Comment = Comment,
    };
}
