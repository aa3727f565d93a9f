namespace MppQueue.Core;

/// <summary>
/// Four weeks of believable history for the demo MPP, before its demo day, so that the reports, the IKM and the staff
/// figures have something to show on a fresh install (docs/demo.md). Every working day of the site's calendar gets its
/// visitors, bookings, desk sessions, pauses and survey answers (<see cref="DemoDay"/>); the daily rollups of all the
/// days are built from them. The demo day itself is played up to the start (when it is a working day), so that the
/// Command Center opens on a building at work: officers at their desks, people waiting, some served. The same seed
/// and start give the same history (only the page tokens, which are secrets, differ).
/// </summary>
public static class DemoHistory
{
    /// <summary>How many days before the demo day the history covers.</summary>
    public const int Days = 28;

    public const int DefaultSeed = 20261123;

    /// <summary>Generates the history of the <see cref="Days"/> days before <paramref name="demoDay"/>, and of the demo day up to <paramref name="builtAt"/>.</summary>
    /// <param name="catalog">The demo MPP as seeded.</param>
    /// <param name="officers">The accounts already stored (the demo's); the history adds <see cref="DemoStaff.Colleagues"/>.</param>
    /// <param name="demoDay">The demo day (local, the day of <paramref name="builtAt"/>).</param>
    /// <param name="builtAt">Now: the demo day is played up to it, and the rollups of the days before are built.</param>
    /// <param name="seed">The seed of every chance in it.</param>
    public static HistoryBatch Generate(SiteCatalog catalog, IReadOnlyList<Officer> officers, DateOnly demoDay, DateTimeOffset builtAt, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(officers);
        var known = officers.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var colleagues = DemoStaff.Colleagues().Where(o => !known.Contains(o.Id)).ToList();
        var everyone = officers.Concat(colleagues).Where(o => o.Active).ToDictionary(o => o.Id, StringComparer.Ordinal);

        var random = new DemoRandom(seed);
        var ledger = new DemoLedger(random);
        var first = demoDay.AddDays(-Days);
        var last = demoDay.AddDays(-1);
        var tickets = new List<Ticket>();
        var bookings = new List<Booking>();
        var responses = new List<SurveyResponse>();
        // The demo day's own bookings keep their fixed codes (PAS20261123001 whatever the day): no history booking takes one.
        var codes = DemoMpp.Bookings(demoDay).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var byDay = new Dictionary<DateOnly, (IReadOnlyList<Ticket> Tickets, IReadOnlyList<Booking> Bookings)>();
        var workingDay = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!DemoVisits.OpenServices(catalog, day).Any())
            {
                continue;
            }

            var shifts = DemoPlanner.Plan(catalog, day, workingDay++, everyone, random);
            var visits = DemoVisits.WalkIns(catalog, day, random);
            var booked = DemoVisits.Bookings(catalog, day, random, codes, visits);
            var played = new DemoDay(catalog, day, ledger);
            played.Run(shifts, visits, booked);
            tickets.AddRange(played.Tickets);
            bookings.AddRange(played.Bookings);
            responses.AddRange(DemoSurveys.For(catalog, played.Tickets, played.Bookings, random));
            byDay[day] = (played.Tickets, played.Bookings);
        }

        // The demo day up to now: walk-ins only (the demo's own bookings for the day are seeded beside it).
        if (DemoVisits.OpenServices(catalog, demoDay).Any())
        {
            var played = new DemoDay(catalog, demoDay, ledger);
            played.Run(DemoPlanner.Plan(catalog, demoDay, workingDay, everyone, random), DemoVisits.WalkIns(catalog, demoDay, random), [], builtAt);
            tickets.AddRange(played.Tickets);
            responses.AddRange(DemoSurveys.For(catalog, played.Tickets, [], random).Where(r => r.SubmittedAt <= builtAt));
        }

        var rollups = new List<RollupDay>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var (dayTickets, dayBookings) = byDay.GetValueOrDefault(day, ([], []));
            rollups.Add(RollupBuilder.Build(day, [.. dayTickets], dayBookings, catalog, builtAt));
        }

        return new HistoryBatch
        {
            FirstDay = first,
            LastDay = last,
            Officers = colleagues,
            Tickets = tickets,
            Bookings = bookings,
            Audit = ledger.Audit,
            DeskStates = [.. ledger.DeskStates],
            Responses = responses,
            Rollups = rollups,
            LastSequence = ledger.Sequence,
            Until = builtAt,
        };
    }
}
