using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Service"/>: hours, quota and policy flattened into plain fields.</summary>
internal sealed class ServiceDocument
{
    public string Id { get; set; } = string.Empty;

    public string AgencyId { get; set; } = string.Empty;

    public string ZoneId { get; set; } = string.Empty;

    public string Prefix { get; set; } = string.Empty;

    public string NameId { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public string DescriptionId { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;

    public string RequirementsId { get; set; } = string.Empty;

    public string RequirementsEn { get; set; } = string.Empty;

    public List<OpeningHoursDocument> Hours { get; set; } = [];

    /// <summary>Days as yyyymmdd.</summary>
    public List<int> ClosedDates { get; set; } = [];

    public long? FridayBreakStartTicks { get; set; }

    public long? FridayBreakEndTicks { get; set; }

    public long? CutOffTicks { get; set; }

    public int QuotaTotal { get; set; }

    public int? QuotaWalkIn { get; set; }

    public int? QuotaOnline { get; set; }

    public int? QuotaPriority { get; set; }

    public string PolicyKind { get; set; } = string.Empty;

    public int PolicyValue { get; set; }

    public int StandardWaitMinutes { get; set; }

    public int StandardServiceMinutes { get; set; }

    /// <summary>The queue length standard; null for none, and for a service stored before the standard existed.</summary>
    public int? StandardQueueLength { get; set; }

    public bool Active { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The booking rules; null for a service stored before bookings existed (closed).</summary>
    public BookingRulesDocument? Booking { get; set; }

    /// <summary>The notice rules; null for a service stored before notices existed (the defaults).</summary>
    public NoticeRulesDocument? Notices { get; set; }

    /// <summary>
    /// The service standard; null for a service stored before standards existed, read as a standard whose
    /// requirements come from <see cref="RequirementsId"/> and <see cref="RequirementsEn"/> (one per line or semicolon).
    /// </summary>
    public ServiceStandardDocument? Standard { get; set; }

    public static ServiceDocument From(Service service) => new()
    {
        Id = service.Id,
        AgencyId = service.AgencyId,
        ZoneId = service.ZoneId,
        Prefix = service.Prefix,
        NameId = service.NameId,
        NameEn = service.NameEn,
        DescriptionId = service.DescriptionId,
        DescriptionEn = service.DescriptionEn,
        RequirementsId = service.RequirementsId,
        RequirementsEn = service.RequirementsEn,
        Hours =
        [
            .. service.Hours.Days
                .OrderBy(d => d.Key)
                .Select(d => new OpeningHoursDocument
                {
                    Day = StorageFormat.ToName(d.Key),
                    StartTicks = StorageFormat.ToTimeTicks(d.Value.Start),
                    EndTicks = StorageFormat.ToTimeTicks(d.Value.End),
                }),
        ],
        ClosedDates = [.. service.ClosedDates.Select(StorageFormat.ToDay)],
        FridayBreakStartTicks = StorageFormat.ToTimeTicks(service.FridayBreak?.Start),
        FridayBreakEndTicks = StorageFormat.ToTimeTicks(service.FridayBreak?.End),
        CutOffTicks = StorageFormat.ToTimeTicks(service.CutOff),
        QuotaTotal = service.Quota.Total,
        QuotaWalkIn = service.Quota.WalkIn,
        QuotaOnline = service.Quota.Online,
        QuotaPriority = service.Quota.Priority,
        PolicyKind = StorageFormat.ToName(service.Policy.Kind),
        PolicyValue = service.Policy.Value,
        StandardWaitMinutes = service.StandardWaitMinutes,
        StandardServiceMinutes = service.StandardServiceMinutes,
        StandardQueueLength = service.StandardQueueLength,
        Active = service.Active,
        SortOrder = service.SortOrder,
        Booking = BookingRulesDocument.From(service.Booking),
        Notices = NoticeRulesDocument.From(service.Notices),
        Standard = ServiceStandardDocument.From(service.Standard),
    };

    public Service ToService() => new()
    {
        Id = Id,
        AgencyId = AgencyId,
        ZoneId = ZoneId,
        Prefix = Prefix,
        NameId = NameId,
        NameEn = NameEn,
        DescriptionId = DescriptionId,
        DescriptionEn = DescriptionEn,
        RequirementsId = RequirementsId,
        RequirementsEn = RequirementsEn,
        Hours = new WeeklySchedule(Hours.ToImmutableDictionary(
            h => StorageFormat.ParseName<DayOfWeek>(h.Day),
            h => new TimeRange(StorageFormat.FromTimeTicks(h.StartTicks), StorageFormat.FromTimeTicks(h.EndTicks)))),
        ClosedDates = [.. ClosedDates.Select(StorageFormat.FromDay)],
        FridayBreak = FridayBreakStartTicks is { } start && FridayBreakEndTicks is { } end
            ? new TimeRange(StorageFormat.FromTimeTicks(start), StorageFormat.FromTimeTicks(end))
            : null,
        CutOff = StorageFormat.FromTimeTicks(CutOffTicks),
        Quota = new DailyQuota(QuotaTotal, QuotaWalkIn, QuotaOnline, QuotaPriority),
        Policy = new PriorityPolicy(StorageFormat.ParseName<PriorityPolicyKind>(PolicyKind), PolicyValue),
        StandardWaitMinutes = StandardWaitMinutes,
        StandardServiceMinutes = StandardServiceMinutes,
        StandardQueueLength = StandardQueueLength,
        Active = Active,
        SortOrder = SortOrder,
        Booking = Booking?.ToRules() ?? BookingRules.Closed,
        Notices = Notices?.ToRules() ?? NoticeRules.Default,
        Standard = Standard?.ToStandard() ?? ServiceStandard.FromRequirements(RequirementsId, RequirementsEn),
    };
}
