using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>Something an agency does for visitors (KTP-el, Paspor, SKCK), with its own queue and limits.</summary>
public sealed record Service
{
    public required string Id { get; init; }

    public required string AgencyId { get; init; }

    public required string ZoneId { get; init; }

    public required string Prefix { get; init; }

    public required string NameId { get; init; }

    public required string NameEn { get; init; }

    public string DescriptionId { get; init; } = string.Empty;

    public string DescriptionEn { get; init; } = string.Empty;

    public string RequirementsId { get; init; } = string.Empty;

    public string RequirementsEn { get; init; } = string.Empty;

    /// <summary>
    /// The public standard (requirements as a list, procedure, time, cost, product, complaints). Its requirements and
    /// <see cref="RequirementsId"/>/<see cref="RequirementsEn"/> say the same once validated (<see cref="CatalogRules"/>).
    /// </summary>
    public ServiceStandard Standard { get; init; } = ServiceStandard.Empty;

    public required WeeklySchedule Hours { get; init; }

    public ImmutableSortedSet<DateOnly> ClosedDates { get; init; } = [];

    /// <summary>The Friday prayer break, when the service takes one.</summary>
    public TimeRange? FridayBreak { get; init; }

    /// <summary>No new tickets from this local time on, though the desks keep serving.</summary>
    public TimeOnly? CutOff { get; init; }

    public required DailyQuota Quota { get; init; }

    public PriorityPolicy Policy { get; init; } = PriorityPolicy.PriorityFirst;

    /// <summary>Whether and how the service takes bookings (closed unless configured).</summary>
    public BookingRules Booking { get; init; } = BookingRules.Closed;

    /// <summary>Which notices the service sends its visitors, and when "come back now" goes out.</summary>
    public NoticeRules Notices { get; init; } = NoticeRules.Default;

    public int StandardWaitMinutes { get; init; } = 30;

    public int StandardServiceMinutes { get; init; } = 10;

    /// <summary>
    /// The queue length standard: more people waiting than this is an alert in the Command Center; null sets none.
    /// </summary>
    public int? StandardQueueLength { get; init; }

    public bool Active { get; init; } = true;

    public int SortOrder { get; init; }
}
