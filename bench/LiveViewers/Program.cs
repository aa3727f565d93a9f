using System.Globalization;
using MppQueue.Bench;
using MppQueue.Bench.LiveViewers;

// /live's event stream under load (see README, "Benchmarks"): N viewers (a child process, one HTTP/1.1 stream each,
// as the page's EventSource opens it) while a desk calls a ticket every second; the time from the call to each
// viewer receiving it, and the server's memory per open viewer.
// Usage: dotnet run -c Release --project bench/LiveViewers [viewers] [calls]
if (args is ["viewers", var address, var count, var results])
{
    return await ViewerClients.RunAsync(new Uri(address), int.Parse(count, CultureInfo.InvariantCulture), results);
}

var numbers = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var viewers = numbers.Length > 0 ? numbers[0] : 2000;
var calls = numbers.Length > 1 ? numbers[1] : 60;
await using var host = await BenchHost.StartAsync();
Console.WriteLine((await LiveRun.RunAsync(host, viewers, calls)).Report());
return 0;
