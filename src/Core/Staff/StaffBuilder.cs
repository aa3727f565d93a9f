using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Rolls up one day's staff figures from the desks' sessions and pauses (the audit trail) and the tickets' moves
/// (docs/adr/0020-staff-figures.md). Pure: the same entries and tickets give the same figures.
/// </summary>
public static class StaffBuilder
{
    /// <param name="day">The local day.</param>
    /// <param name="tickets">The day's tickets (others are skipped).</param>
    /// <param name="audit">The day's audit entries (others than the desks' sessions and pauses are skipped).</param>
    /// <param name="catalog">The catalog: desks, services' hours, breaks and standards, the time zone.</param>
    /// <param name="officers">Every officer: the active officers of an agency make its roster, absent or not.</param>
    /// <param name="now">Now: today's open sessions and pauses end here; a finished day ends at its midnight.</param>
    public static StaffDay Build(
        DateOnly day,
        IReadOnlyCollection<Ticket> tickets,
        IEnumerable<AuditEntry> audit,
        SiteCatalog catalog,
        IEnumerable<Officer> officers,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(officers);
        var zone = catalog.Site.TimeZone;
        var dayStart = SiteClock.ToInstant(day, TimeOnly.MinValue, zone);
        var dayEnd = SiteClock.ToInstant(day.AddDays(1), TimeOnly.MinValue, zone);
        var finished = now >= dayEnd;
        var until = finished ? dayEnd : now < dayStart ? dayStart : now;
        var ofDay = tickets.Where(t => t.ServiceDate == day).ToList();
        var hours = new AgencyHours(catalog, day);

        // Where a session nobody signed out of ends: at the officer's last move there or the agency's closing,
        // whichever is later (a forgotten sign-out is not a day on duty until midnight).
        var lastMove = LastMoves(ofDay);
        DateTimeOffset OpenEnd(string officer, string desk, DateTimeOffset start)
        {
            if (!finished)
            {
                return until;
            }

            var last = lastMove.TryGetValue((officer, desk), out var at) ? at : start;
            var closes = hours.Closes(catalog.FindDesk(desk)?.AgencyId);
            return closes is { } c && c > last ? c : last;
        }

        var (sessions, pauses) = DeskSessionReader.Read(audit, until, OpenEnd);
        var rows = new Dictionary<(string? Officer, string Desk), Row>();
        Row RowOf(string? officer, string desk)
        {
            if (!rows.TryGetValue((officer, desk), out var row))
            {
                row = new Row(catalog.FindDesk(desk)?.AgencyId ?? string.Empty);
                rows[(officer, desk)] = row;
            }

            return row;
        }

        string? HolderAt(string desk, DateTimeOffset at) =>
            sessions.FirstOrDefault(s => s.DeskId == desk && s.Start <= at && at < s.End)?.OfficerId;

        var spans = new TicketSpans(ofDay, until);
        foreach (var session in sessions)
        {
            var row = RowOf(session.OfficerId, session.DeskId);
            var on = Spans.Of(session.Start, session.End);
            var deskPauses = pauses.Where(p => p.DeskId == session.DeskId).ToList();
            var pausedAll = Spans.Empty;
            foreach (var reason in Enum.GetValues<PauseReason>())
            {
                var paused = Spans.Of(deskPauses.Where(p => p.Reason == reason).Select(p => (p.Start, p.End))).Intersect(on);
                row.Paused[(int)reason] += paused.TotalTicks;
                pausedAll = pausedAll.Union(paused);
            }

            var active = on.Subtract(pausedAll);
            var busy = spans.BusyAt(session.DeskId);
            var desk = catalog.FindDesk(session.DeskId);
            var services = desk?.ServiceIds ?? [];
            row.Duty += on.TotalTicks;
            row.Busy += active.Intersect(busy).TotalTicks;
            row.IdleWhileWaiting += active.Subtract(busy)
                .Intersect(spans.WaitingFor(services))
                .Subtract(Breaks(catalog, services, day))
                .TotalTicks;
        }

        foreach (var ticket in ofDay)
        {
            CountMoves(ticket, catalog, (desk, officer, at) => RowOf(officer ?? HolderAt(desk, at), desk));
        }

        var builtRows = rows
            .OrderBy(r => r.Key.Officer, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Desk, StringComparer.Ordinal)
            .Select(r => r.Value.ToRow(day, r.Key.Officer, r.Key.Desk))
            .ToImmutableArray();
        return new StaffDay(day, now, builtRows, Presence(day, sessions, officers, catalog, hours, finished));
    }

    private static ImmutableArray<StaffPresence> Presence(DateOnly day, List<DeskSession> sessions, IEnumerable<Officer> officers, SiteCatalog catalog, AgencyHours hours, bool finished)
    {
        var byOfficer = sessions.GroupBy(s => s.OfficerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var known = officers.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var rostered = known.Values
            .Where(o => o.Active && o.Role == OfficerRole.Officer && o.AgencyId is not null)
            .Select(o => o.Id);
        var result = ImmutableArray.CreateBuilder<StaffPresence>();
        foreach (var id in rostered.Union(byOfficer.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var own = byOfficer.GetValueOrDefault(id);
            var agency = known.GetValueOrDefault(id)?.AgencyId
                ?? catalog.FindDesk(own?.OrderBy(s => s.Start).First().DeskId)?.AgencyId
                ?? string.Empty;
            var last = own?.MaxBy(s => s.End);
            result.Add(new StaffPresence
            {
                Day = day,
                OfficerId = id,
                AgencyId = agency,
                Opens = hours.Opens(agency),
                Closes = hours.Closes(agency),
                FirstIn = own?.Min(s => s.Start),
                // Still signed in today: no last sign-out yet (and no early end to judge).
                LastOut = !finished && last is { SignedOut: false } ? null : last?.End,
                SignOutMissing = finished && last is { SignedOut: false },
            });
        }

        return result.ToImmutable();
    }

    /// <summary>The calls, starts, services, no-shows and transfers of a ticket, each to the desk and officer that made it.</summary>
    private static void CountMoves(Ticket ticket, SiteCatalog catalog, Func<string, string?, DateTimeOffset, Row> rowOf)
    {
        DateTimeOffset? calledAt = null;
        DateTimeOffset? startedAt = null;
        foreach (var move in ticket.History)
        {
            if (move.DeskId is not { } desk)
            {
                continue;
            }

            switch (move.Kind)
            {
                case MoveKind.Call or MoveKind.CallSpecific:
                    rowOf(desk, move.OfficerId, move.At).Calls++;
                    calledAt = move.At;
                    startedAt = null;
                    break;
                case MoveKind.Resume:
                    calledAt = move.At;
                    break;
                case MoveKind.StartServing:
                {
                    var row = rowOf(desk, move.OfficerId, move.At);
                    row.Started++;
                    row.CallToStart += Positive(move.At - (calledAt ?? move.At));
                    startedAt = move.At;
                    break;
                }

                case MoveKind.Finish:
                {
                    var row = rowOf(desk, move.OfficerId, move.At);
                    var took = Positive(move.At - (startedAt ?? calledAt ?? move.At));
                    var standard = TimeSpan.FromMinutes(catalog.FindService(ticket.ServiceId)?.StandardServiceMinutes ?? 0).Ticks;
                    row.Served++;
                    row.Service += took;
                    row.Standard += standard;
                    if (standard > 0 && took <= standard)
                    {
                        row.WithinStandard++;
                    }

                    break;
                }

                case MoveKind.NoShow:
                {
                    var row = rowOf(desk, move.OfficerId, move.At);
                    row.NoShows++;
                    row.NoShowWait += Positive(move.At - (calledAt ?? move.At));
                    break;
                }

                case MoveKind.Transfer:
                    rowOf(desk, move.OfficerId, move.At).Transfers++;
                    calledAt = null;
                    startedAt = null;
                    break;
            }
        }
    }

    private static Dictionary<(string Officer, string Desk), DateTimeOffset> LastMoves(List<Ticket> tickets)
    {
        var last = new Dictionary<(string, string), DateTimeOffset>();
        foreach (var move in tickets.SelectMany(t => t.History))
        {
            if (move.OfficerId is { } officer && move.DeskId is { } desk
                && (!last.TryGetValue((officer, desk), out var at) || move.At > at))
            {
                last[(officer, desk)] = move.At;
            }
        }

        return last;
    }

    /// <summary>The scheduled breaks (the Friday prayer) of a desk's services that day: nobody is idle then.</summary>
    private static Spans Breaks(SiteCatalog catalog, IEnumerable<string> serviceIds, DateOnly day)
    {
        if (day.DayOfWeek != DayOfWeek.Friday)
        {
            return Spans.Empty;
        }

        var zone = catalog.Site.TimeZone;
        return Spans.Of(serviceIds
            .Select(catalog.FindService)
            .Where(s => s?.FridayBreak is not null)
            .Select(s => (SiteClock.ToInstant(day, s!.FridayBreak!.Start, zone), SiteClock.ToInstant(day, s.FridayBreak.End, zone))));
    }

    private static long Positive(TimeSpan span) => span < TimeSpan.Zero ? 0 : span.Ticks;

    private sealed class Row(string agencyId)
    {
        public long[] Paused { get; } = new long[4];

        public long Duty { get; set; }

        public long Busy { get; set; }

        public long IdleWhileWaiting { get; set; }

        public int Calls { get; set; }

        public int Started { get; set; }

        public long CallToStart { get; set; }

        public int Served { get; set; }

        public long Service { get; set; }

        public long Standard { get; set; }

        public int WithinStandard { get; set; }

        public int NoShows { get; set; }

        public long NoShowWait { get; set; }

        public int Transfers { get; set; }

        public StaffRow ToRow(DateOnly day, string? officer, string desk) => new()
        {
            Day = day,
            OfficerId = officer,
            DeskId = desk,
            AgencyId = agencyId,
            DutyTicks = Duty,
            PausedBreakTicks = Paused[(int)PauseReason.Break],
            PausedPrayerTicks = Paused[(int)PauseReason.Prayer],
            PausedMeetingTicks = Paused[(int)PauseReason.Meeting],
            PausedOtherTicks = Paused[(int)PauseReason.Other],
            IdleWhileWaitingTicks = IdleWhileWaiting,
            BusyTicks = Busy,
            Calls = Calls,
            Started = Started,
            CallToStartTicks = CallToStart,
            Served = Served,
            ServiceTicks = Service,
            WithinStandard = WithinStandard,
            StandardTicks = Standard,
            NoShows = NoShows,
            NoShowTicks = NoShowWait,
            Transfers = Transfers,
        };
    }
}
