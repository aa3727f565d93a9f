using System.Diagnostics;
using System.Globalization;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Storage.CrashChild;

/// <summary>
/// Issues KTP-el tickets through the real engine until killed, printing "id number" after each Issue returns.
/// The clock is a Monday morning in WIB, so the demo service is open whatever the time of the test run.
/// </summary>
internal static class EngineLoop
{
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    public static int Run(string dataFile)
    {
        using var store = new LiteQueueStore(dataFile);
        var demo = DemoMpp.Build();
        var roomy = demo.Services["ktp-el"] with { Quota = new DailyQuota(TicketNumber.MaxSequence) };
        CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", roomy) });
        var engine = new QueueEngine(store, new RunningClock(MondayMorning), new QueueNotifier());
        while (true)
        {
            var ticket = engine.Issue(new IssueRequest("ktp-el"));
            Console.Out.WriteLine(ticket.Id + " " + ticket.Number.ToString());
        }
    }

    /// <summary>A clock that starts at a fixed instant and then runs at real speed.</summary>
    private sealed class RunningClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
    }

    public static string Usage => string.Format(CultureInfo.InvariantCulture, "usage: MppQueue.Storage.CrashChild [engine] <data file>");
}
