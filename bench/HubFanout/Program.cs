using System.Globalization;
using MppQueue.Bench;
using MppQueue.Bench.HubFanout;

// Two measurements of the hub (see README, "Benchmarks"):
//   zone    [clients] [rounds]  N screens watch one zone; the time from CallNext returning to each client hearing it.
//   tickets [pages] [calls]     N visitors' phones each follow their own ticket (run in a child process, so the
//                               server's memory per open page is measured without the clients in it); the time from
//                               CallNext returning to the called ticket's own phone hearing it.
// Usage: dotnet run -c Release --project bench/HubFanout [zone|tickets] [count] [rounds]
if (args is ["phones", var address, var tokens])
{
    return await PhoneClients.RunAsync(new Uri(address), tokens);
}

var mode = args.Length > 0 && !char.IsDigit(args[0][0]) ? args[0] : "zone";
var numbers = args.SkipWhile(a => !char.IsDigit(a[0])).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
await using var host = await BenchHost.StartAsync();
if (mode == "tickets")
{
    var pages = numbers.Length > 0 ? numbers[0] : 1000;
    var calls = numbers.Length > 1 ? numbers[1] : 300;
    Console.WriteLine((await TicketRun.RunAsync(host, pages, calls)).Report());
}
else
{
    var clients = numbers.Length > 0 ? numbers[0] : 200;
    var rounds = numbers.Length > 1 ? numbers[1] : 50;
    Console.WriteLine((await FanoutRun.RunAsync(host, clients, rounds, warmupRounds: 5)).Report());
}

return 0;
