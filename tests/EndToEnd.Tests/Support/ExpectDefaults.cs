using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>How long the browser tests' expectations wait, set once for the whole assembly.</summary>
internal static class ExpectDefaults
{
    /// <summary>
    /// Playwright waits 5 s by default. On the CI machine four test lanes share 2 cores, and a page can take longer
    /// than that to show what it is already sending; an expectation that holds returns as soon as it does, so a longer
    /// wait costs nothing when the page is quick. A test that proves something comes quickly says so with its own
    /// timeout (<see cref="LiveMilliseconds"/>); how quickly is measured by the benchmarks, never by a test.
    /// </summary>
    public const float Milliseconds = 15_000;

    /// <summary>What "comes live" means in a test: well inside the walls' 10 s look at the clock and /live's 15 s beat.</summary>
    public const float LiveMilliseconds = 8_000;

    [ModuleInitializer]
    internal static void Apply() => Assertions.SetDefaultExpectTimeout(Milliseconds);
}
