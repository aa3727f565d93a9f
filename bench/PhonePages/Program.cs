using System.Globalization;
using MppQueue.Bench;
using MppQueue.Bench.PhonePages;

// Phone pages: N visitors' ticket pages (/t/{token}, Blazor circuits, as the QR opens them) open at once in
// Chromium at 390x844; the server's memory per open page; then calls one at a time, each timed from the officer's
// press to the called notice appearing on that ticket's own page.
// Usage: dotnet run -c Release --project bench/PhonePages -- [pages] [calls] [chromium]
var pages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var calls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
var chromium = args.Length > 2 ? args[2] : "/usr/bin/chromium";
await using var host = await BenchHost.StartAsync(staticAssets: true);
var result = await PhoneRun.RunAsync(host, pages, calls, chromium, Console.Out);
Console.WriteLine(result.Report());
return result.Missed == 0 ? 0 : 1;
