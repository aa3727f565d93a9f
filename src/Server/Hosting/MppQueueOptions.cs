namespace MppQueue.Server.Hosting;

/// <summary>The "MppQueue" configuration section.</summary>
public sealed class MppQueueOptions
{
    public const string Section = "MppQueue";

    /// <summary>The LiteDB file; a relative path is taken from the content root. ":memory:" keeps nothing.</summary>
    public string DataPath { get; set; } = "data/mppqueue.db";

    /// <summary>Whether an empty database gets the demo MPP and its demo officers on first start (never a used one).</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>
    /// Whether the demo bookings meant to be in the building already (<see cref="Core.DemoMpp.CheckedInAtStart"/>) are
    /// checked in when the demo MPP is seeded; off in tests that want an empty queue.
    /// </summary>
    public bool DemoCheckIns { get; set; } = true;

    /// <summary>
    /// Whether the demo MPP comes with four weeks of history before its demo day (tickets, desk sessions, survey
    /// answers and the reports' rollups; docs/demo.md), written with it into the empty database; off in tests that
    /// want no history.
    /// </summary>
    public bool DemoHistory { get; set; } = true;

    /// <summary>The password the demo accounts get when the demo MPP is seeded (stored hashed; change it after a demo).</summary>
    public string DemoPassword { get; set; } = "mpp-demo-2026";

    /// <summary>The address phones reach the server at, for the QR codes on tickets; unset, the kiosk's own address.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// For demos and tests only: the clock starts at this instant and runs on in real time, so that the demo
    /// services are open whatever the hour (e.g. "2026-11-23T09:00:00+07:00"). Unset, the system clock.
    /// </summary>
    public DateTimeOffset? ClockStart { get; set; }
}
