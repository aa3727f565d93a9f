using System.Globalization;
using MppQueue.Bench.LivePages;
using MppQueue.Core;

// Live pages: one or more servers (src/Server of each given source folder, published in Release and run as a child
// process), each in turn with the same pages open in Chromium (zone wall screens, counter consoles with an officer at
// each desk, kiosk start pages, visitors' ticket pages on phones) and the same moves made through the consoles' buttons
// and the kiosk API, one after another. Prints per side the latency from each move to the pages that show it, the
// server's CPU per move and at idle, and its memory, then a table of the sides next to each other. Figures only.
// Usage: dotnet run -c Release --project bench/LivePages -- --server old=/tmp/mpp-old --server new=. [--moves 300] ...
LiveOptions options;
try
{
    options = LiveOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

// The seeded demo MPP (without its history and morning under way, whose officers would hold the desks) and the demo
// clock on an open Monday morning; the kiosks' rate limits are lifted, since here one kiosk API client issues for the
// whole hall. The same settings for every side (an older server ignores the setting it does not know).
string[] settings =
[
    "--MppQueue:ClockStart=2026-11-23T09:00:00+07:00",
    "--MppQueue:DemoHistory=false",
    "--MppQueue:Kiosk:IssueBurst=100000",
    "--MppQueue:Kiosk:IssuePerMinute=100000",
    "--Logging:LogLevel:Default=Warning",
];
var demo = DemoMpp.Build();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MppQueue live pages: {Environment.ProcessorCount} cores, .NET {Environment.Version}; sides: {string.Join(", ", options.Servers.Select(s => $"{s.Name}={Path.GetFullPath(s.Folder)}"))}"));
if (options.Consoles > demo.Desks.Count)
{
    Console.WriteLine($"The demo MPP has {demo.Desks.Count} desks: {demo.Desks.Count} consoles instead of {options.Consoles}.");
}

// Publish every side before any is measured, so that no build competes with a measurement.
var published = new Dictionary<string, string>(options.Published, StringComparer.Ordinal);
foreach (var (name, folder) in options.Servers.Where(s => !options.Published.ContainsKey(s.Name)))
{
    published[name] = await ServerUnderTest.PublishAsync(name, folder, Console.Out);
}

var results = new List<LiveResult>();
foreach (var (name, _) in options.Servers)
{
    await using var server = await ServerUnderTest.StartAsync(name, published[name], settings, options.Environment.Where(e => e.Name == name).Select(e => (e.Key, e.Value)), Console.Out);
    var result = await LiveRun.RunAsync(server, options, demo, Console.Out);
    results.Add(result);
    Console.WriteLine(result.Report());
}

Console.WriteLine("Side by side (noisy on a shared machine: compare sides of one run, not runs):");
Console.WriteLine(LiveResult.Table(results));
foreach (var (name, folder) in published.Where(p => !options.Published.ContainsKey(p.Key)))
{
    Console.WriteLine($"[{name}] published server left in {folder} (reuse it with --published {name}={folder}, or delete it)");
}

return 0;
