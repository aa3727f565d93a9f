namespace MppQueue.Bench.DisplaySoak;

/// <summary>
/// Memory at one moment, after a full collection on both sides. The server runs in this process (as in the
/// other benchmarks), so its figures include the small Playwright client; the browser is a separate process.
/// </summary>
public sealed record Measurement(double ServerManagedMb, double ServerWorkingSetMb, double JsHeapMb, int DomNodes, int JsEventListeners);
