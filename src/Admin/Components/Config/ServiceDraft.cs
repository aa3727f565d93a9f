using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>What the service form holds while a person edits it; <see cref="ToService"/> turns it into a service or refuses.</summary>
public sealed class ServiceDraft
{
    public static readonly IReadOnlyCollection<string> Fields =
    [
        "prefix", "nameId", "nameEn", "descriptionId", "descriptionEn", "agency", "zone",
        "hours", .. ConfigInput.Week.Select(d => "hours." + d), "fridayBreak", "cutOff", "quota.total", "quota.walkIn", "quota.online",
        "quota.priority", "policyValue", "standardWaitMinutes", "standardServiceMinutes", "standardQueueLength", "closedDates", "sortOrder",
        "booking.sessions", "booking.capacity", "booking.daysAhead", "booking.dayBeforeUntil", "booking.checkInBefore", "booking.checkInAfter",
        "notices.comeBackMinutes", "notices.comeBackPlaces",
        .. StandardDraft.Fields,
    ];

    public string Id { get; set; } = string.Empty;

    public string? AgencyId { get; set; }

    public string? ZoneId { get; set; }

    public string? Prefix { get; set; }

    public string? NameId { get; set; }

    public string? NameEn { get; set; }

    public string? DescriptionId { get; set; }

    public string? DescriptionEn { get; set; }

    public IReadOnlyList<DayHoursDraft> Days { get; } = [.. ConfigInput.Week.Select(d => new DayHoursDraft { Day = d })];

    public string? FridayBreakStart { get; set; }

    public string? FridayBreakEnd { get; set; }

    public string? CutOff { get; set; }

    public List<DateOnly> ClosedDates { get; } = [];

    public int QuotaTotal { get; set; } = 100;

    public int? QuotaWalkIn { get; set; }

    public int? QuotaOnline { get; set; }

    public int? QuotaPriority { get; set; }

    public PriorityPolicyKind PolicyKind { get; set; }

    public int PolicyValue { get; set; }

    public int StandardWaitMinutes { get; set; } = 30;

    public int StandardServiceMinutes { get; set; } = 10;

    /// <summary>The queue length standard; empty for none.</summary>
    public int? StandardQueueLength { get; set; }

    public bool Active { get; set; } = true;

    public int SortOrder { get; set; }

    public BookingDraft Booking { get; private set; } = new();

    /// <summary>Which notices the service sends, and when "come back now" goes out.</summary>
    public NoticeRulesDraft Notices { get; private set; } = NoticeRulesDraft.From(NoticeRules.Default);
    /// <summary>The public standard; its requirements are the service's requirements (the kiosk reads them too).</summary>
    public StandardDraft Standard { get; private set; } = new();

    /// <summary>A new service: open Monday to Friday 08:00–15:00, the way most MPP counters start.</summary>
    public static ServiceDraft New(string? agencyId, string? zoneId)
    {
        var draft = new ServiceDraft { AgencyId = agencyId, ZoneId = zoneId };
        foreach (var day in draft.Days.Where(d => d.Day is not DayOfWeek.Saturday and not DayOfWeek.Sunday))
        {
            day.Open = true;
            day.Start = "08:00";
            day.End = "15:00";
        }

        return draft;
    }

    public static ServiceDraft From(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var draft = new ServiceDraft
        {
            Id = service.Id,
            AgencyId = service.AgencyId,
            ZoneId = service.ZoneId,
            Prefix = service.Prefix,
            NameId = service.NameId,
            NameEn = service.NameEn,
            DescriptionId = service.DescriptionId,
            DescriptionEn = service.DescriptionEn,
            FridayBreakStart = ConfigInput.Clock(service.FridayBreak?.Start),
            FridayBreakEnd = ConfigInput.Clock(service.FridayBreak?.End),
            CutOff = ConfigInput.Clock(service.CutOff),
            QuotaTotal = service.Quota.Total,
            QuotaWalkIn = service.Quota.WalkIn,
            QuotaOnline = service.Quota.Online,
            QuotaPriority = service.Quota.Priority,
            PolicyKind = service.Policy.Kind,
            PolicyValue = service.Policy.Value,
            StandardWaitMinutes = service.StandardWaitMinutes,
            StandardServiceMinutes = service.StandardServiceMinutes,
            StandardQueueLength = service.StandardQueueLength,
            Active = service.Active,
            SortOrder = service.SortOrder,
        };
        foreach (var day in draft.Days)
        {
            var range = service.Hours.For(day.Day);
            day.Open = range is not null;
            day.Start = ConfigInput.Clock(range?.Start);
            day.End = ConfigInput.Clock(range?.End);
        }

        draft.ClosedDates.AddRange(service.ClosedDates);
        draft.Booking = BookingDraft.From(service.Booking);
        draft.Notices = NoticeRulesDraft.From(service.Notices);

        // A service saved before standards existed keeps its requirement texts, one line per item.
        draft.Standard = StandardDraft.From(service.Standard.Requirements.IsDefaultOrEmpty
            ? service.Standard with { Requirements = ServiceStandard.FromRequirements(service.RequirementsId, service.RequirementsEn).Requirements }
            : service.Standard);
        return draft;
    }

    /// <summary>Adds a closed date typed as "yyyy-MM-dd"; refuses a malformed or far-off date.</summary>
    public void AddClosedDate(string? text)
    {
        var date = ConfigInput.Date("closedDates", text);
        if (!ClosedDates.Contains(date))
        {
            ClosedDates.Add(date);
            ClosedDates.Sort();
        }
    }

    /// <summary>The service this form describes; a new one gets an id made from its name (kept for a second submit).</summary>
    public Service ToService(IEnumerable<string> takenIds)
    {
        var days = ImmutableDictionary.CreateBuilder<DayOfWeek, TimeRange>();
        foreach (var day in Days.Where(d => d.Open))
        {
            days[day.Day] = CatalogRules.Hours(day.Field, ConfigInput.Time(day.Field, day.Start), ConfigInput.Time(day.Field, day.End));
        }

        var breakStart = ConfigInput.OptionalTime("fridayBreak", FridayBreakStart);
        var breakEnd = ConfigInput.OptionalTime("fridayBreak", FridayBreakEnd);
        TimeRange? fridayBreak = (breakStart, breakEnd) switch
        {
            (null, null) => null,
            ({ } start, { } end) => CatalogRules.Hours("fridayBreak", start, end),
            _ => throw new CatalogException(new CatalogError(CatalogErrorCode.Required, "fridayBreak")),
        };
        if (Id.Length == 0)
        {
            Id = CatalogRules.SuggestId(NameEn is { Length: > 0 } ? NameEn : NameId, takenIds, "layanan");
        }

        var standard = Standard.ToStandard();
        return new Service
        {
            Id = Id,
            AgencyId = AgencyId ?? string.Empty,
            ZoneId = ZoneId ?? string.Empty,
            Prefix = CatalogRules.Prefix(Prefix),
            NameId = NameId ?? string.Empty,
            NameEn = NameEn ?? string.Empty,
            DescriptionId = DescriptionId ?? string.Empty,
            DescriptionEn = DescriptionEn ?? string.Empty,
            RequirementsId = ServiceStandard.JoinRequirements(standard.Requirements.Where(l => !string.IsNullOrWhiteSpace(l.Id)), english: false),
            RequirementsEn = ServiceStandard.JoinRequirements(standard.Requirements.Where(l => !string.IsNullOrWhiteSpace(l.Id)), english: true),
            Standard = standard,
            Hours = new WeeklySchedule(days.ToImmutable()),
            FridayBreak = fridayBreak,
            CutOff = ConfigInput.OptionalTime("cutOff", CutOff),
            ClosedDates = [.. ClosedDates],
            Quota = CatalogRules.Quota(QuotaTotal, QuotaWalkIn, QuotaOnline, QuotaPriority),
            Policy = CatalogRules.Policy(PolicyKind, PolicyValue),
            StandardWaitMinutes = StandardWaitMinutes,
            StandardServiceMinutes = StandardServiceMinutes,
            StandardQueueLength = StandardQueueLength,
            Active = Active,
            SortOrder = SortOrder,
            Booking = Booking.ToRules(),
            Notices = Notices.ToRules(),
        };
    }
}
