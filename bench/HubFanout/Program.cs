using System.Globalization;
using MppQueue.Bench.HubFanout;

// Hub fan-out: N SignalR clients watch one zone; a desk calls R times; for each call, the time from CallNext
// returning to each client's Called handler running. Usage: dotnet run -c Release --project bench/HubFanout [clients] [rounds]
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;

await using var host = await BenchHost.StartAsync();
var result = await FanoutRun.RunAsync(host, clients, rounds, warmupRounds: 5);
Console.WriteLine(result.Report());
