using MppQueue.Bench;
using MppQueue.Bench.DisplaySoak;

// Display soak: one speaking zone screen in Chromium stays open while a call arrives every few seconds, for 30
// minutes by default. Reports calls the screen missed (not shown, or not announced), how late it showed and
// announced them, the server's memory and the page's JS heap at start and end.
// Usage: dotnet run -c Release --project bench/DisplaySoak -- [--minutes 30] [--every 8] [--chromium /usr/bin/chromium]
var options = SoakOptions.Parse(args);
await using var host = await BenchHost.StartAsync("2026-11-23T08:00:00+07:00", staticAssets: true);
var result = await SoakRun.RunAsync(host, options, Console.Out);
Console.WriteLine(result.Report());
return result.Missed == 0 ? 0 : 1;
