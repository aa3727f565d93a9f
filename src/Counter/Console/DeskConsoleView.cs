using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Counter.Console;

/// <summary>
/// What one desk's console shows to an officer, read from one snapshot of today: the desk, whether this officer may
/// work there and who holds it, the visitor at the desk, who waits in calling order, what was put aside, the no-shows
/// still within their grace time, and today's figures. A plain class, so the console's rules are tested without
/// rendering.
/// </summary>
public sealed record DeskConsoleView(
    Desk? Desk,
    bool MayUse,
    DeskState State,
    string? HolderId,
    Ticket? Current,
    Service? CurrentService,
    IReadOnlyList<Service> Services,
    IReadOnlyList<RankedTicket> Waiting,
    IReadOnlyList<Ticket> Held,
    IReadOnlyList<Ticket> NoShows,
    DeskFigures DeskFigures,
    DeskFigures MyFigures,
    string AgencyName,
    string ZoneName)
{
    private static readonly DeskFigures NoFigures = new(0, 0, 0, 0, null, null);

    /// <summary>The view of no desk (unknown, inactive, or not read yet).</summary>
    public static DeskConsoleView None(string? deskId) =>
        new(null, false, new DeskState { DeskId = deskId ?? string.Empty }, null, null, null, [], [], [], [], NoFigures, NoFigures, string.Empty, string.Empty);

    /// <summary>Whether <paramref name="me"/> is the officer signed in at the desk.</summary>
    public bool IsHolder(Officer? me) => me is not null && HolderId == me.Id;

    /// <summary>The console of <paramref name="deskId"/> for <paramref name="me"/> at <paramref name="now"/>; an unknown or inactive desk gives an empty view.</summary>
    public static DeskConsoleView Read(TodaySnapshot today, string? deskId, Officer? me, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(today);
        var catalog = today.Catalog;
        if (catalog.FindDesk(deskId) is not { Active: true } desk || today.Desk(desk.Id) is not { } line)
        {
            return None(deskId);
        }

        var mayUse = me is not null && QueueEngine.CanUseDesk(me, desk);
        var agency = catalog.Agencies.TryGetValue(desk.AgencyId, out var a) ? Labels.AgencyName(a) : string.Empty;
        var zone = catalog.Zones.TryGetValue(desk.ZoneId, out var z) ? z.Name : string.Empty;
        IReadOnlyList<Service> services = [.. desk.ServiceIds.Select(catalog.FindService).OfType<Service>()];
        var myFigures = me is null ? NoFigures : today.OfficerFigures(me.Id);
        if (!mayUse)
        {
            // Another agency's queue is none of this person's business.
            return new DeskConsoleView(desk, false, line.State, line.HolderId, null, null, services, [], [], [], line.Figures, myFigures, agency, zone);
        }

        var grace = TimeSpan.FromMinutes(catalog.Site.NoShowGraceMinutes);
        return new DeskConsoleView(
            desk,
            true,
            line.State,
            line.HolderId,
            line.Current,
            catalog.FindService(line.Current?.ServiceId),
            services,
            today.WaitingForDesk(desk),
            line.Held,
            [.. line.NoShows.Where(t => t.NoShowAt is { } at && now - at <= grace)],
            line.Figures,
            myFigures,
            agency,
            zone);
    }
}
