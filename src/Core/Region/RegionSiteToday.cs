namespace MppQueue.Core;

/// <summary>
/// One site's day as the regional Command Center shows it, read from the site's own stores with the site's own rules
/// (its Command Center's figures and its report of today), in the site's time zone.
/// </summary>
/// <param name="Schema">The site in the installation.</param>
/// <param name="State">Whether it could be read; the figures are empty unless <see cref="RegionSiteState.Ready"/>.</param>
/// <param name="Name">The site's name (the schema when it could not be read).</param>
/// <param name="TakenAt">When it was read.</param>
public sealed record RegionSiteToday(string Schema, RegionSiteState State, string Name, DateTimeOffset TakenAt)
{
    /// <summary>The site's time zone (IANA id), or null when it could not be read.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>The site's local day.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Services issuing tickets now; the site is open while one is.</summary>
    public int ServicesOpen { get; init; }

    public bool IsOpen => ServicesOpen > 0;

    /// <summary>The site's Command Center totals.</summary>
    public CommandFigures Figures { get; init; } = CommandFigures.Empty;

    /// <summary>Tickets at a desk now: called or being served.</summary>
    public int AtDesks { get; init; }

    /// <summary>Of today's tickets first called, those called within their service's standard wait.</summary>
    public long WithinStandard { get; init; }

    /// <summary>Today's tickets first called (the share's denominator).</summary>
    public long Called { get; init; }

    public double? WithinStandardShare => Called > 0 ? (double)WithinStandard / Called : null;

    /// <summary>The site's Command Center alerts about waits, queues and desks (device silence is for the site's own view).</summary>
    public int Alerts { get; init; }

    /// <summary>The site's local time when it was read, or null.</summary>
    public DateTime? LocalTime => TimeZoneId is { } zone ? SiteClock.ToLocal(TakenAt, SiteClock.FindZone(zone)) : null;
}
