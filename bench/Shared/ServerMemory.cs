using System.Diagnostics;

namespace MppQueue.Bench;

/// <summary>The server process's memory at one moment: the managed heap after a full collection, and the resident set.</summary>
public sealed record ServerMemory(long ManagedBytes, long WorkingSetBytes)
{
    public static ServerMemory Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        return new ServerMemory(GC.GetTotalMemory(forceFullCollection: true), self.WorkingSet64);
    }
}
