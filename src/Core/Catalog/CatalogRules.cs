namespace MppQueue.Core;

/// <summary>Validation of configuration: names people will read on public screens, ids, references.</summary>
public static class CatalogRules
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 2000;

    /// <summary>A name shown to people: required, plain text (no markup), at most <paramref name="max"/> characters.</summary>
    public static string Name(string field, string? value, int max = MaxNameLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > max || !IsPlain(trimmed))
        {
            throw new QueueException(QueueError.Invalid(field, value ?? string.Empty));
        }

        return trimmed;
    }

    /// <summary>An optional longer text (description, requirements): plain, at most <see cref="MaxTextLength"/>.</summary>
    public static string Text(string field, string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length > MaxTextLength || !IsPlain(trimmed.Replace('\n', ' ').Replace('\r', ' ')))
        {
            throw new QueueException(QueueError.Invalid(field, value ?? string.Empty));
        }

        return trimmed;
    }

    /// <summary>An id: 1 to 40 lowercase letters, digits or dashes (used in URLs).</summary>
    public static string Id(string field, string? value) =>
        value is { Length: >= 1 and <= 40 } && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? value
            : throw new QueueException(QueueError.Invalid(field, value ?? string.Empty));

    public static int Range(string field, int value, int min, int max) =>
        value >= min && value <= max
            ? value
            : throw new QueueException(QueueError.Invalid(field, value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    // Markup in a name would be escaped by the UI anyway; refusing it keeps printed tickets and spoken text clean.
    private static bool IsPlain(string value) => !value.Any(c => char.IsControl(c) || c is '<' or '>');

    public static Site Validate(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!SiteClock.IsKnownZone(site.TimeZoneId))
        {
            throw new QueueException(QueueError.Invalid("timeZone", site.TimeZoneId));
        }

        return site with
        {
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
        return zone with { Id = Id("id", zone.Id), Name = Name("name", zone.Name) };
    }

    public static Agency Validate(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency with
        {
            Id = Id("id", agency.Id),
            Name = Name("name", agency.Name),
            ShortName = string.IsNullOrWhiteSpace(agency.ShortName) ? string.Empty : Name("shortName", agency.ShortName, 30),
            DescriptionId = Text("descriptionId", agency.DescriptionId),
            DescriptionEn = Text("descriptionEn", agency.DescriptionEn),
        };
    }

    public static Service Validate(Service service, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(catalog);
        var prefix = TicketPrefix.Normalize(service.Prefix);
        if (catalog.Services.Values.Any(s => s.Id != service.Id && s.Prefix == prefix))
        {
            throw new QueueException(new QueueError(QueueErrorCode.DuplicatePrefix, Detail: prefix));
        }

        RequireReference(catalog.Agencies.ContainsKey(service.AgencyId), "agency", service.AgencyId);
        RequireReference(catalog.Zones.ContainsKey(service.ZoneId), "zone", service.ZoneId);
        return service with
        {
            Id = Id("id", service.Id),
            Prefix = prefix,
            NameId = Name("nameId", service.NameId),
            NameEn = Name("nameEn", service.NameEn),
            DescriptionId = Text("descriptionId", service.DescriptionId),
            DescriptionEn = Text("descriptionEn", service.DescriptionEn),
            RequirementsId = Text("requirementsId", service.RequirementsId),
            RequirementsEn = Text("requirementsEn", service.RequirementsEn),
            StandardWaitMinutes = Range("standardWaitMinutes", service.StandardWaitMinutes, 1, 600),
            StandardServiceMinutes = Range("standardServiceMinutes", service.StandardServiceMinutes, 1, 600),
        };
    }

    public static Desk Validate(Desk desk, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(catalog);
        Range("number", desk.Number, 1, 999);
        if (catalog.Desks.Values.Any(d => d.Id != desk.Id && d.Number == desk.Number))
        {
            throw new QueueException(new QueueError(QueueErrorCode.DuplicateDeskNumber, Detail: desk.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (desk.ServiceIds.IsDefaultOrEmpty)
        {
            throw new QueueException(new QueueError(QueueErrorCode.DeskWithoutService, Detail: desk.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        RequireReference(catalog.Agencies.ContainsKey(desk.AgencyId), "agency", desk.AgencyId);
        RequireReference(catalog.Zones.ContainsKey(desk.ZoneId), "zone", desk.ZoneId);
        foreach (var serviceId in desk.ServiceIds)
        {
            RequireReference(catalog.Services.ContainsKey(serviceId), "service", serviceId);
        }

        return desk with { Id = Id("id", desk.Id), Name = Name("name", desk.Name), ServiceIds = [.. desk.ServiceIds.Distinct(StringComparer.Ordinal)] };
    }

    private static void RequireReference(bool exists, string field, string? value)
    {
        if (!exists)
        {
            throw new QueueException(new QueueError(QueueErrorCode.UnknownReference, Detail: field + ": " + (value ?? "—")));
        }
    }
}
