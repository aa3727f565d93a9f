using System.Diagnostics;
using System.Globalization;
using MppQueue.Bench;
using MppQueue.Core;
using MppQueue.Storage;

// Report benchmark on a real LiteDB file: a year of the demo MPP (one million tickets by default, and every desk's
// sessions and pauses), then the daily rollups, then the yearly report cold (store just reopened) and warm, for the
// whole MPP and one agency, and beside it the yearly staff report (issue 18) the same way.
// Usage: dotnet run -c Release --project bench/ReportBench [-- tickets [data-file]]
// With a data file that already holds the year, generation is skipped (rerun the timings on the same data).
var tickets = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var keep = args.Length > 1;
var dir = keep ? null : Directory.CreateTempSubdirectory("mppqueue-reportbench-");
var path = keep ? Path.GetFullPath(args[1]) : Path.Combine(dir!.FullName, "report-bench.db");
var today = new DateOnly(2026, 11, 24);
var year = new ReportPeriod(today.AddDays(-365), today.AddDays(-1));
var clock = new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)));
var catalog = DemoMpp.Build();
Console.WriteLine($"MppQueue report benchmark: {Environment.ProcessorCount} cores, LiteDB file {path}");
Console.WriteLine($"Year {year.From:yyyy-MM-dd} to {year.To:yyyy-MM-dd} ({year.Days} days), today {today:yyyy-MM-dd}");

try
{
    using (var store = new LiteQueueStore(path))
    {
        if (CatalogEditor.SeedIfEmpty(store, catalog, DemoMpp.Officers()))
        {
            Generate(store, catalog, year, tickets);
        }
        else
        {
            Console.WriteLine("Data file already seeded: generation skipped.");
        }

        // A morning under way today, so that the Command Center has a day to show over the year behind it.
        if (store.LoadTickets(today).Count == 0)
        {
            store.ImportTickets([.. new YearOfTickets(catalog, seed: 20261125).Day(today, 1500)]);
        }

        var reports = Reports(store, clock);
        store.DiscardRollups(year.From, year.To);
        var built = Stopwatch.StartNew();
        var days = reports.BuildMissing(year);
        built.Stop();
        Console.WriteLine($"Rollups built:           {days} days in {Seconds(built.Elapsed)} ({Size(path)} file)");
    }

    // Cold: a fresh process's view, the store just opened (LiteDB's cache empty; the OS may still cache the file).
    using (var store = new LiteQueueStore(path))
    {
        var reports = Reports(store, clock);
        var agency = catalog.Agencies.Values.OrderBy(a => a.SortOrder).First();
        var (coldAll, resultAll) = Time(() => reports.Build(year, ReportFilter.All));
        var (warmAll, _) = Best(3, () => reports.Build(year, ReportFilter.All));
        var (coldAgency, resultAgency) = Time(() => reports.Build(year, new ReportFilter(AgencyId: agency.Id)));
        var (warmAgency, _) = Best(3, () => reports.Build(year, new ReportFilter(AgencyId: agency.Id)));
        Console.WriteLine($"Yearly report, whole MPP: cold {Seconds(coldAll)}, warm {Seconds(warmAll)} (best of 3); {resultAll.Counts.Issued:N0} issued, {resultAll.Counts.Served:N0} served, median wait {resultAll.Waiting.Median}, p90 {resultAll.Waiting.P90}, {resultAll.DaysBuilt} days built");
        Console.WriteLine($"Yearly report, {agency.ShortName}: cold {Seconds(coldAgency)}, warm {Seconds(warmAgency)} (best of 3); {resultAgency.Counts.Issued:N0} issued");

        // Staff figures: the first yearly report builds and stores every day's staff rollup (as the reports' rollups
        // above), the next ones read them.
        var staff = new StaffReportService(new QueueEngine(store, clock, new QueueNotifier()), store, store, clock);
        var (firstStaff, staffAll) = Time(() => staff.Build(year, ReportFilter.All));
        var (warmStaff, _) = Best(3, () => staff.Build(year, ReportFilter.All));
        var (warmStaffAgency, staffAgency) = Best(3, () => staff.Build(year, new ReportFilter(AgencyId: agency.Id)));
        Console.WriteLine($"Yearly staff report:     first {Seconds(firstStaff)} ({staffAll.DaysBuilt} days rolled up and stored), warm {Seconds(warmStaff)} (best of 3); {staffAll.Total.Duty.TotalHours:N0} hours on duty, {staffAll.Total.IdleWhileWaiting.TotalHours:N0} idle while people waited, {staffAll.Total.Served:N0} served, {staffAll.ByOfficer.Length} officers");
        Console.WriteLine($"Yearly staff report, {agency.ShortName}: warm {Seconds(warmStaffAgency)} (best of 3); {staffAgency.Total.Served:N0} served");
    }

    // The Command Center's first paint, in a process starting on a year of history: the engine opens (it loads
    // today's tickets only, through the day index) and the page's snapshot is built from it. Rendering the
    // snapshot's HTML comes on top and does not depend on the history.
    using (var store = new LiteQueueStore(path))
    {
        var (opened, engine) = Time(() => new QueueEngine(store, clock, new QueueNotifier()));
        var center = new CommandCenter(engine, new ScreenRegistry(store, clock), clock);
        var (first, snapshot) = Time(() => center.Snapshot());
        var (warm, _) = Best(3, () => center.Snapshot());
        Console.WriteLine($"Command Center:          engine opened in {Seconds(opened)} ({engine.TicketsToday().Count:N0} tickets today), first snapshot {Seconds(first)}, warm {Seconds(warm)} (best of 3); {snapshot.Agencies.Length} agencies");
    }
}
finally
{
    if (dir is not null)
    {
        dir.Delete(recursive: true);
    }
}

static ReportService Reports(LiteQueueStore store, TimeProvider clock) =>
    new(new QueueEngine(store, clock, new QueueNotifier()), store, store, store, clock);

static void Generate(LiteQueueStore store, SiteCatalog catalog, ReportPeriod year, int tickets)
{
    var openDays = Enumerable.Range(0, year.Days).Select(i => year.From.AddDays(i))
        .Count(d => catalog.Services.Values.Any(s => s.Active && !ServiceCalendar.IsClosedDay(catalog.Site, s, d)));
    var generator = new YearOfTickets(catalog, seed: 20261124);
    var written = 0;
    var wall = Stopwatch.StartNew();

    // Every desk's sessions and pauses first, in one batch (a history goes only into a store without tickets).
    var sessions = new YearOfSessions(catalog, seed: 20261126).Year(year);
    store.ImportHistory(new HistoryBatch { FirstDay = year.From, LastDay = year.To, Audit = sessions });
    Console.WriteLine($"Desk sessions:           {sessions.Count:N0} audit entries in {Seconds(wall.Elapsed)}");
    var open = 0;
    for (var day = year.From; day <= year.To; day = day.AddDays(1))
    {
        if (catalog.Services.Values.All(s => !s.Active || ServiceCalendar.IsClosedDay(catalog.Site, s, day)))
        {
            continue;
        }

        // Spread the total evenly over the open days, the remainder on the first ones.
        var count = (tickets / openDays) + (open++ < tickets % openDays ? 1 : 0);
        var batch = generator.Day(day, count);
        store.ImportTickets([.. batch]);
        written += batch.Count;
        if (open % 50 == 0)
        {
            Console.WriteLine($"  generated {written:N0} tickets ({open} days) in {Seconds(wall.Elapsed)}");
        }
    }

    Console.WriteLine($"Generated:               {written:N0} tickets over {openDays} open days in {Seconds(wall.Elapsed)}");
}

static (TimeSpan Elapsed, T Result) Time<T>(Func<T> work)
{
    var watch = Stopwatch.StartNew();
    var result = work();
    return (watch.Elapsed, result);
}

static (TimeSpan Elapsed, T Result) Best<T>(int runs, Func<T> work)
{
    var best = Time(work);
    for (var i = 1; i < runs; i++)
    {
        var next = Time(work);
        if (next.Elapsed < best.Elapsed)
        {
            best = next;
        }
    }

    return best;
}

static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

static string Size(string file) => (new FileInfo(file).Length / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MB";
