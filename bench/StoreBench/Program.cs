using System.Globalization;
using MppQueue.Bench;
using MppQueue.Core;
using MppQueue.Storage;
using MppQueue.Storage.Postgres;

// The stores side by side in one run (issue 19): durable issuing from kiosk threads and call-next from desk threads,
// through the QueueEngine, on the LiteDB default, on PostgreSQL with one node and with two nodes on one database.
// Then sites, each in a schema of its own in one database, all issuing at once.
// Usage: dotnet run -c Release --project bench/StoreBench [-- tickets kiosks desks folder sites]
// The folder (default: the temp folder) holds the LiteDB file and the PostgreSQL cluster: put it on the real disk.
var c = CultureInfo.InvariantCulture;
var tickets = args.Length > 0 ? int.Parse(args[0], c) : 1500;
var kiosks = args.Length > 1 ? int.Parse(args[1], c) : 8;
var deskCount = args.Length > 2 ? int.Parse(args[2], c) : 10;
var parent = args.Length > 3 ? args[3] : Path.GetTempPath();

var catalog = BenchSite.Build(deskCount);
var services = BenchSite.SharedServices(catalog);
var dir = Directory.CreateDirectory(Path.Combine(parent, "mppqueue-storebench-" + Guid.NewGuid().ToString("N")[..8]));
Console.WriteLine($"MppQueue store benchmark: {Environment.ProcessorCount} cores, {tickets} tickets per configuration, {kiosks} kiosk threads, {deskCount} desk threads, in {dir.FullName}");
try
{
    // 1. The default: one process, one LiteDB file, every write fsynced.
    using (var lite = new LiteQueueStore(Path.Combine(dir.FullName, "bench.db")))
    {
        CatalogEditor.SeedIfEmpty(lite, catalog);
        var engine = new QueueEngine(lite, TimeProvider.System, new QueueNotifier());
        Console.WriteLine(StoreRun.Measure("LiteDB file", [engine], services, tickets, kiosks, deskCount));
    }

    using var postgres = BenchPostgres.Start(dir.FullName);
    Console.WriteLine($"PostgreSQL 15 cluster in {postgres.DataFolder}: {postgres.Durability()}");

    // 2. and 3. PostgreSQL, each node with its own pool and move scopes (docs/adr/0022-two-nodes-one-database.md).
    foreach (var nodeCount in new[] { 1, 2 })
    {
        var connectionString = postgres.CreateDatabase($"storebench_{nodeCount}");
        var owned = new List<IDisposable>();
        try
        {
            var nodes = Enumerable.Range(0, nodeCount).Select(_ =>
            {
                var database = new PostgresDatabase(connectionString);
                owned.Add(database);
                PostgresSchema.Migrate(database);
                var store = new PostgresTicketStore(database);
                CatalogEditor.SeedIfEmpty(store, catalog);
                var scopes = new PostgresMoveScopes(database);
                owned.Add(scopes);
                return new QueueEngine(store, TimeProvider.System, new QueueNotifier(), scopes);
            }).ToList();
            var name = nodeCount == 1 ? "PostgreSQL, 1 node" : $"PostgreSQL, {nodeCount} nodes on one database (load split)";
            Console.WriteLine(StoreRun.Measure(name, nodes, services, tickets, kiosks, deskCount));
        }
        finally
        {
            for (var i = owned.Count - 1; i >= 0; i--)
            {
                owned[i].Dispose();
            }
        }
    }

    // 4. Many buildings in one installation: each site in a schema of its own with its own lock (docs/adr/0023).
    var siteCount = args.Length > 4 ? int.Parse(args[4], c) : 20;
    var siteDatabase = postgres.CreateDatabase("storebench_sites");
    var sites = new List<IDisposable>();
    try
    {
        var engines = Enumerable.Range(1, siteCount).Select(n =>
        {
            var database = new PostgresDatabase(new Npgsql.NpgsqlConnectionStringBuilder(siteDatabase)
            {
                SearchPath = string.Create(c, $"site_{n:D2}"),
                MaxPoolSize = kiosks + 4,
            }.ConnectionString);
            sites.Add(database);
            PostgresSchema.Migrate(database);
            var store = new PostgresTicketStore(database);
            CatalogEditor.SeedIfEmpty(store, catalog);
            var scopes = new PostgresMoveScopes(database);
            sites.Add(scopes);
            return new QueueEngine(store, TimeProvider.System, new QueueNotifier(), scopes);
        }).ToList();
        Console.WriteLine(StoreRun.MeasureSites($"PostgreSQL, {siteCount} sites in one database issuing at once (1 node each)", engines, services, tickets, kiosks));

        // 5. The regional view reading those sites afresh (no beat kept): one site after another, and as many at once
        // as RegionReader does by default, alternately in the same run.
        var schemas = Enumerable.Range(1, siteCount).Select(n => string.Create(c, $"site_{n:D2}")).ToList();
        var readers = new[] { 1, RegionReader.DefaultReadersAtOnce }.ToDictionary(
            n => n,
            n => new RegionReader(schemas.Select(schema => new PostgresRegionSite(siteDatabase, schema)), TimeProvider.System, TimeSpan.Zero, readersAtOnce: n));
        try
        {
            var times = readers.Keys.ToDictionary(n => n, _ => (Today: new List<double>(), Month: new List<double>()));
            for (var round = 0; round < 6; round++)
            {
                foreach (var (n, reader) in readers)
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    var today = reader.Today(schemas);
                    var todayMs = clock.Elapsed.TotalMilliseconds;
                    clock.Restart();
                    var month = reader.Compare(schemas, ReportPeriodKind.ThisMonth);
                    var monthMs = clock.Elapsed.TotalMilliseconds;
                    if (today.Sites.Any(s => s.State != RegionSiteState.Ready) || month.Any(s => s.State != RegionSiteState.Ready))
                    {
                        throw new InvalidOperationException("The regional view could not read every site.");
                    }

                    // The first round warms up (JIT, pools).
                    if (round > 0)
                    {
                        times[n].Today.Add(todayMs);
                        times[n].Month.Add(monthMs);
                    }
                }
            }

            foreach (var (n, (today, month)) in times)
            {
                Console.WriteLine(string.Create(c, $"Regional view of {siteCount} sites, {(n == 1 ? "one site after another" : $"{n} sites at once")}: today {Median(today):F0} ms, this month's comparison {Median(month):F0} ms (median of {today.Count} rounds)"));
            }
        }
        finally
        {
            foreach (var reader in readers.Values)
            {
                reader.Dispose();
            }
        }
    }
    finally
    {
        for (var i = sites.Count - 1; i >= 0; i--)
        {
            sites[i].Dispose();
        }
    }
}
finally
{
    dir.Delete(recursive: true);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
