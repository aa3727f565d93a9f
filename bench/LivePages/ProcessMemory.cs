namespace MppQueue.Bench.LivePages;

/// <summary>A process's resident set at one moment and its peak until then, in bytes (VmRSS, VmHWM).</summary>
public sealed record ProcessMemory(long Rss, long Peak);
