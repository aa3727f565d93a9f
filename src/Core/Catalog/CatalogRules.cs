using System.Collections.Immutable;
using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// Validation of configuration: names people will read on public screens, ids, references, hours and quotas.
/// Each refusal is a <see cref="CatalogException"/> naming the field, so a form can show it where it belongs.
/// These rules need only the catalog; the rules that need today's tickets or the person live in <see cref="CatalogEditor"/>.
/// </summary>
public static class CatalogRules
{
    public const int MaxNameLength = 100;
    public const int MaxShortNameLength = 30;
    public const int MaxTextLength = 2000;
    public const int MaxIdLength = 40;
    public const int MaxUrlLength = 300;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxStandardLines = 30;
    public const int MaxStandardLineLength = 300;
    public const int MaxStandardTextLength = 300;
    public const int MaxLegalBasisLength = 1000;
    public const int MaxPhoneLength = 30;

    /// <summary>The longest queue length standard a service may set (more than a hall could seat).</summary>
    public const int MaxStandardQueueLength = 999;

    /// <summary>The three Indonesian time zones, in the order people know them: WIB, WITA, WIT.</summary>
    public static IReadOnlyList<string> TimeZones { get; } = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];

    /// <summary>A name shown to people: required, plain text (no markup), at most <paramref name="max"/> characters.</summary>
    public static string Name(string field, string? value, int max = MaxNameLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw Refuse(CatalogErrorCode.Required, field);
        }

        return Plain(field, trimmed, max);
    }

    /// <summary>
    /// Whether a one-line text an admin typed (a name of a screen, an API client, a webhook) holds a control character:
    /// refused like markup in the catalog's names, since it shows as nothing on a screen and U+0000 cannot be stored in
    /// PostgreSQL at all (it would fail the write instead of being refused with a reason).
    /// </summary>
    public static bool HasControl(string? text) => text is not null && text.Any(char.IsControl);

    /// <summary>An optional name: empty stays empty, anything else follows <see cref="Name"/>.</summary>
    public static string OptionalName(string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : Name(field, value, max);

    /// <summary>An optional longer text (description, requirements): plain, line breaks allowed, at most <see cref="MaxTextLength"/>.</summary>
    public static string Text(string field, string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        Plain(field, trimmed.Replace('\n', ' ').Replace('\r', ' '), MaxTextLength);
        return trimmed;
    }

    /// <summary>
    /// An optional public web address (a complaint channel): empty stays empty, anything else an absolute https address
    /// of at most <see cref="MaxUrlLength"/> characters, with no spaces, user name or password in it.
    /// </summary>
    public static string OptionalHttpsUrl(string field, string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return string.Empty;
        }

        if (trimmed.Length > MaxUrlLength)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.TooLong, field, Max: MaxUrlLength));
        }

        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"')
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var url) || url.Host.Length == 0 || url.UserInfo.Length > 0)
        {
            throw Refuse(CatalogErrorCode.UrlInvalid, field, Shorten(trimmed));
        }

        return url.Scheme == Uri.UriSchemeHttps ? trimmed : throw Refuse(CatalogErrorCode.UrlNotHttps, field, Shorten(trimmed));
    }

    /// <summary>An id: 1 to 40 lowercase letters, digits or dashes (used in URLs).</summary>
    public static string Id(string field, string? value) =>
        value is { Length: >= 1 and <= MaxIdLength } && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? value
            : throw Refuse(CatalogErrorCode.InvalidId, field, Shorten(value));

    /// <summary>An id for something new, made from its name and not yet used ("Zona 3 — Lantai 3" gives "zona-3-lantai-3").</summary>
    public static string SuggestId(string? name, IEnumerable<string> taken, string fallback = "baru")
    {
        ArgumentNullException.ThrowIfNull(taken);
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var slug = new string((name ?? string.Empty).Trim().ToLowerInvariant()
            .Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-').ToArray());
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length == 0 ? fallback : slug[..Math.Min(slug.Length, MaxIdLength - 4)].TrimEnd('-');
        var candidate = slug;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    public static int Range(string field, int value, int min, int max) =>
        value >= min && value <= max
            ? value
            : throw new CatalogException(new CatalogError(CatalogErrorCode.OutOfRange, field, value.ToString(CultureInfo.InvariantCulture), min, max));

    /// <summary>A ticket prefix: one to three capital letters or digits, starting with a letter (lowercase is raised).</summary>
    public static string Prefix(string? value)
    {
        var upper = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(upper))
        {
            throw Refuse(CatalogErrorCode.Required, "prefix");
        }

        return TicketPrefix.IsValid(upper) ? upper : throw Refuse(CatalogErrorCode.InvalidPrefix, "prefix", Shorten(value));
    }

    /// <summary>Opening hours of one day (or a break): the end must come after the start.</summary>
    public static TimeRange Hours(string field, TimeOnly start, TimeOnly end) =>
        end > start
            ? new TimeRange(start, end)
            : throw new CatalogException(new CatalogError(CatalogErrorCode.HoursEndBeforeStart, field, Clock(start), Other: Clock(end)));

    /// <summary>A daily quota and its optional split; each part at most the total.</summary>
    public static DailyQuota Quota(int total, int? walkIn, int? online, int? priority)
    {
        Range("quota.total", total, 1, TicketNumber.MaxSequence);
        Part("quota.walkIn", walkIn, total);
        Part("quota.online", online, total);
        Part("quota.priority", priority, total);
        return new DailyQuota(total, walkIn, online, priority);
    }

    /// <summary>A priority policy; the ratio's N is 1–100 regular tickets, the ageing's M is 1–600 minutes.</summary>
    public static PriorityPolicy Policy(PriorityPolicyKind kind, int value) => kind switch
    {
        PriorityPolicyKind.Ratio => PriorityPolicy.Ratio(Range("policyValue", value, 1, 100)),
        PriorityPolicyKind.Ageing => PriorityPolicy.Ageing(Range("policyValue", value, 1, 600)),
        _ => PriorityPolicy.PriorityFirst,
    };

    /// <summary>A calendar date people may plan for (holidays, closed dates): years 2000 to 2100.</summary>
    public static DateOnly Date(string field, DateOnly date) =>
        date.Year is >= FirstYear and <= LastYear
            ? date
            : throw new CatalogException(new CatalogError(CatalogErrorCode.DateOutOfRange, field, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), FirstYear, LastYear));

    public static Site Validate(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!TimeZones.Contains(site.TimeZoneId) || !SiteClock.IsKnownZone(site.TimeZoneId))
        {
            throw Refuse(CatalogErrorCode.UnknownTimeZone, "timeZone", Shorten(site.TimeZoneId));
        }

        foreach (var day in site.Holidays)
        {
            Date("holiday", day);
        }

        return site with
        {
            Id = Id("id", site.Id),
            Name = Name("name", site.Name),
            RunningText = Text("runningText", site.RunningText),
            NoShowMinRecalls = Range("noShowMinRecalls", site.NoShowMinRecalls, 0, 10),
            NoShowGraceMinutes = Range("noShowGraceMinutes", site.NoShowGraceMinutes, 0, 24 * 60),
            PostponePlaces = Range("postponePlaces", site.PostponePlaces, 1, 50),
            SoonPlaces = Range("soonPlaces", site.SoonPlaces, 0, 50),
        };
    }

    public static Zone Validate(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone with { Id = Id("id", zone.Id), Name = Name("name", zone.Name), SortOrder = Range("sortOrder", zone.SortOrder, 0, 999) };
    }

    public static Agency Validate(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency with
        {
            Id = Id("id", agency.Id),
            Name = Name("name", agency.Name),
            ShortName = OptionalName("shortName", agency.ShortName, MaxShortNameLength),
            DescriptionId = Text("descriptionId", agency.DescriptionId),
            DescriptionEn = Text("descriptionEn", agency.DescriptionEn),
            SortOrder = Range("sortOrder", agency.SortOrder, 0, 999),
            ComplaintUrl = OptionalHttpsUrl("complaintUrl", agency.ComplaintUrl),
            ComplaintLabel = OptionalName("complaintLabel", agency.ComplaintLabel, MaxShortNameLength),
            NoticeChannels = agency.NoticeChannels.IsDefault ? Agency.DefaultNoticeChannels
                : agency.NoticeChannels.Distinct().Count() == agency.NoticeChannels.Length ? agency.NoticeChannels : [.. agency.NoticeChannels.Distinct()],
        };
    }

    public static Service Validate(Service service, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(catalog);
        var id = Id("id", service.Id);
        var name = Name("nameId", service.NameId);
        var prefix = Prefix(service.Prefix);
        var clash = catalog.Services.Values.FirstOrDefault(s => s.Id != id && s.Prefix == prefix);
        if (clash is not null)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.DuplicatePrefix, "prefix", prefix, Other: clash.NameId));
        }

        RequireReference(catalog.Agencies.ContainsKey(service.AgencyId ?? string.Empty), "agency", service.AgencyId);
        RequireReference(catalog.Zones.ContainsKey(service.ZoneId ?? string.Empty), "zone", service.ZoneId);
        ValidateHours(service);
        foreach (var day in service.ClosedDates)
        {
            Date("closedDates", day);
        }

        // One truth for what to bring: the standard's list, which the kiosk and the API read as one line ("a; b; c").
        var standard = ValidateStandard(service.Standard, service.RequirementsId, service.RequirementsEn);
        return service with
        {
            Id = id,
            Prefix = prefix,
            NameId = name,
            NameEn = Name("nameEn", service.NameEn),
            DescriptionId = Text("descriptionId", service.DescriptionId),
            DescriptionEn = Text("descriptionEn", service.DescriptionEn),
            RequirementsId = standard.Requirements.IsEmpty ? Text("requirementsId", service.RequirementsId) : ServiceStandard.JoinRequirements(standard.Requirements, english: false),
            RequirementsEn = standard.Requirements.IsEmpty ? Text("requirementsEn", service.RequirementsEn) : ServiceStandard.JoinRequirements(standard.Requirements, english: true),
            Standard = standard,
            Quota = Quota(service.Quota.Total, service.Quota.WalkIn, service.Quota.Online, service.Quota.Priority),
            Policy = Policy(service.Policy.Kind, service.Policy.Value),
            StandardWaitMinutes = Range("standardWaitMinutes", service.StandardWaitMinutes, 1, 600),
            StandardServiceMinutes = Range("standardServiceMinutes", service.StandardServiceMinutes, 1, 600),
            StandardQueueLength = service.StandardQueueLength is { } length ? Range("standardQueueLength", length, 1, MaxStandardQueueLength) : null,
            SortOrder = Range("sortOrder", service.SortOrder, 0, 999),
            Booking = ValidateBooking(service),
            Notices = (service.Notices ?? NoticeRules.Default) with
            {
                ComeBackMinutes = Range("notices.comeBackMinutes", (service.Notices ?? NoticeRules.Default).ComeBackMinutes, 0, NoticeRules.MaxComeBackMinutes),
                ComeBackPlaces = Range("notices.comeBackPlaces", (service.Notices ?? NoticeRules.Default).ComeBackPlaces, 0, NoticeRules.MaxComeBackPlaces),
            },
        };
    }

    /// <summary>
    /// A service standard people can read and a notice board can print: lists of at most
    /// <see cref="MaxStandardLines"/> lines (empty lines dropped, each with its Indonesian text), plain texts of
    /// bounded length, a phone number of digits. A standard without requirements takes them from the older
    /// requirement texts (<paramref name="requirementsId"/>, <paramref name="requirementsEn"/>), one per line or semicolon.
    /// </summary>
    public static ServiceStandard ValidateStandard(ServiceStandard? standard, string? requirementsId = null, string? requirementsEn = null)
    {
        var given = standard ?? ServiceStandard.Empty;
        var requirements = Lines("standard.requirements", given.Requirements);
        if (requirements.IsEmpty)
        {
            // Older texts were written as one paragraph: an item of them may be as long as the whole text was allowed to be.
            requirements = Lines("standard.requirements", ServiceStandard.FromRequirements(requirementsId, requirementsEn).Requirements, MaxTextLength);
        }

        return given with
        {
            Requirements = requirements,
            Procedure = Lines("standard.procedure", given.Procedure),
            TimeToCompleteId = OptionalPlain("standard.timeToCompleteId", given.TimeToCompleteId, MaxShortNameLength * 3),
            TimeToCompleteEn = OptionalPlain("standard.timeToCompleteEn", given.TimeToCompleteEn, MaxShortNameLength * 3),
            CostId = OptionalPlain("standard.costId", given.CostId, MaxStandardTextLength),
            CostEn = OptionalPlain("standard.costEn", given.CostEn, MaxStandardTextLength),
            LegalBasis = OptionalPlain("standard.legalBasis", given.LegalBasis, MaxLegalBasisLength),
            ProductId = OptionalPlain("standard.productId", given.ProductId, MaxStandardTextLength),
            ProductEn = OptionalPlain("standard.productEn", given.ProductEn, MaxStandardTextLength),
            ComplaintPhone = Phone("standard.complaintPhone", given.ComplaintPhone),
            ComplaintDeskId = OptionalPlain("standard.complaintDeskId", given.ComplaintDeskId, MaxStandardTextLength),
            ComplaintDeskEn = OptionalPlain("standard.complaintDeskEn", given.ComplaintDeskEn, MaxStandardTextLength),
        };
    }

    /// <summary>
    /// Booking rules that can work: sessions that do not overlap, each inside the hours of some open day, together
    /// no more than the online part of the quota (the whole quota when it has no online part).
    /// </summary>
    public static BookingRules ValidateBooking(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var rules = service.Booking ?? BookingRules.Closed;
        var sessions = rules.Sessions.IsDefaultOrEmpty ? [] : rules.Sessions.OrderBy(s => s.Window.Start).ToList();
        if (rules.Open && sessions.Count == 0)
        {
            throw Refuse(CatalogErrorCode.BookingWithoutSessions, "booking.sessions");
        }

        foreach (var session in sessions)
        {
            Range("booking.capacity", session.Capacity, 1, TicketNumber.MaxSequence);
            var fits = service.Hours?.Days?.Values.Any(h => session.Window.Start >= h.Start && session.Window.End <= h.End) ?? false;
            if (!fits)
            {
                throw Refuse(CatalogErrorCode.BookingSessionOutsideHours, "booking.sessions", session.Window.ToString());
            }
        }

        for (var i = 1; i < sessions.Count; i++)
        {
            if (sessions[i].Window.Start < sessions[i - 1].Window.End)
            {
                throw new CatalogException(new CatalogError(CatalogErrorCode.BookingSessionsOverlap, "booking.sessions", sessions[i].Window.ToString(), Other: sessions[i - 1].Window.ToString()));
            }
        }

        var limit = service.Quota.Online ?? service.Quota.Total;
        var capacity = sessions.Sum(s => s.Capacity);
        if (capacity > limit)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.BookingAboveQuota, "booking.sessions", capacity.ToString(CultureInfo.InvariantCulture), Max: limit));
        }

        return rules with
        {
            DaysAhead = Range("booking.daysAhead", rules.DaysAhead, 1, BookingRules.MaxDaysAhead),
            CheckInMinutesBefore = Range("booking.checkInBefore", rules.CheckInMinutesBefore, 0, 240),
            CheckInMinutesAfter = Range("booking.checkInAfter", rules.CheckInMinutesAfter, 0, 240),
            Sessions = [.. sessions],
        };
    }

    public static Desk Validate(Desk desk, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(catalog);
        var id = Id("id", desk.Id);
        var number = Range("number", desk.Number, 1, 999);
        var clash = catalog.Desks.Values.FirstOrDefault(d => d.Id != id && d.Number == number);
        if (clash is not null)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.DuplicateDeskNumber, "number", number.ToString(CultureInfo.InvariantCulture), Other: clash.Name));
        }

        var name = Name("name", desk.Name);
        RequireReference(catalog.Zones.ContainsKey(desk.ZoneId ?? string.Empty), "zone", desk.ZoneId);
        RequireReference(catalog.Agencies.ContainsKey(desk.AgencyId ?? string.Empty), "agency", desk.AgencyId);
        if (desk.ServiceIds.IsDefaultOrEmpty)
        {
            throw Refuse(CatalogErrorCode.DeskWithoutService, "services", number.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var serviceId in desk.ServiceIds)
        {
            var service = catalog.FindService(serviceId);
            RequireReference(service is not null, "services", serviceId);
            if (service!.AgencyId != desk.AgencyId)
            {
                throw Refuse(CatalogErrorCode.DeskServiceOfOtherAgency, "services", service.NameId);
            }
        }

        return desk with { Id = id, Number = number, Name = name, ServiceIds = [.. desk.ServiceIds.Distinct(StringComparer.Ordinal)] };
    }

    private static void ValidateHours(Service service)
    {
        if (service.Hours?.Days is not { Count: > 0 } days)
        {
            throw Refuse(CatalogErrorCode.NoOpeningHours, "hours");
        }

        if (service.FridayBreak is { } pause
            && (!days.TryGetValue(DayOfWeek.Friday, out var friday) || pause.Start < friday.Start || pause.End > friday.End))
        {
            throw Refuse(CatalogErrorCode.FridayBreakOutsideHours, "fridayBreak", friday?.ToString() ?? "—");
        }

        var earliest = days.Values.Min(r => r.Start);
        if (service.CutOff is { } cutOff && cutOff <= earliest)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.CutOffOutsideHours, "cutOff", Clock(cutOff), Other: Clock(earliest)));
        }
    }

    private static ImmutableArray<StandardLine> Lines(string field, ImmutableArray<StandardLine> lines, int maxLength = MaxStandardLineLength)
    {
        var kept = new List<StandardLine>();
        foreach (var line in lines.IsDefault ? [] : lines)
        {
            var id = line?.Id?.Trim() ?? string.Empty;
            var en = line?.En?.Trim() ?? string.Empty;
            if (id.Length == 0 && en.Length == 0)
            {
                continue;
            }

            var number = (kept.Count + 1).ToString(CultureInfo.InvariantCulture);
            if (id.Length == 0)
            {
                throw Refuse(CatalogErrorCode.LineWithoutIndonesian, field, number);
            }

            if (Math.Max(id.Length, en.Length) > maxLength)
            {
                throw new CatalogException(new CatalogError(CatalogErrorCode.LineTooLong, field, number, Max: maxLength));
            }

            kept.Add(new StandardLine(Plain(field, id, maxLength), Plain(field, en, maxLength)));
        }

        return kept.Count > MaxStandardLines
            ? throw new CatalogException(new CatalogError(CatalogErrorCode.TooManyItems, field, kept.Count.ToString(CultureInfo.InvariantCulture), Max: MaxStandardLines))
            : [.. kept];
    }

    private static string OptionalPlain(string field, string? value, int max) => Plain(field, value?.Trim() ?? string.Empty, max);

    /// <summary>A phone or WhatsApp number as people write it: digits with spaces, dashes, brackets, a leading +.</summary>
    private static string Phone(string field, string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        var digits = trimmed.Count(char.IsAsciiDigit);
        var shape = trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.') || (trimmed[0] == '+' && trimmed[1..].All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.'));
        return trimmed.Length <= MaxPhoneLength && shape && digits is >= 3 and <= 15 ? trimmed : throw Refuse(CatalogErrorCode.PhoneInvalid, field, Shorten(trimmed));
    }

    private static void Part(string field, int? part, int total)
    {
        if (part is < 0)
        {
            Range(field, part.Value, 0, total);
        }

        if (part > total)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.QuotaPartAboveTotal, field, part.Value.ToString(CultureInfo.InvariantCulture), Max: total));
        }
    }

    private static string Plain(string field, string trimmed, int max)
    {
        if (trimmed.Length > max)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.TooLong, field, Max: max));
        }

        // Markup in a name would be escaped by the UI anyway; refusing it keeps printed tickets and spoken text clean.
        return trimmed.Any(c => char.IsControl(c) || c is '<' or '>') ? throw Refuse(CatalogErrorCode.HasMarkup, field) : trimmed;
    }

    private static void RequireReference(bool exists, string field, string? value)
    {
        if (!exists)
        {
            throw string.IsNullOrEmpty(value) ? Refuse(CatalogErrorCode.Required, field) : Refuse(CatalogErrorCode.UnknownReference, field, Shorten(value));
        }
    }

    private static CatalogException Refuse(CatalogErrorCode code, string field, string? value = null) => new(new CatalogError(code, field, value));

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Shorten(string? value) => Printable.Echo(value);
}
