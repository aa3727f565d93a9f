namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>
/// Where the browser tests leave their screenshots: TestResults/artifacts/ under the repository root, when
/// MPPQUEUE_SCREENSHOTS=1 asks for them (`MPPQUEUE_SCREENSHOTS=1 bash scripts/test.sh`). Without it none is taken:
/// some eighty full-size screenshots cost Chromium about 25 s of CPU that the ten-minute CI run does not have. A pass
/// on PostgreSQL (MPPQUEUE_TEST_STORE=PostgreSql) leaves its own in TestResults/artifacts-postgresql/, beside the
/// LiteDB pass's rather than over them.
/// </summary>
public static class Artifacts
{
    /// <summary>Whether the run asked for screenshots (MPPQUEUE_SCREENSHOTS=1).</summary>
    public static bool Wanted { get; } = Environment.GetEnvironmentVariable("MPPQUEUE_SCREENSHOTS") == "1";

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "MppQueue.sln")))
                {
                    var folder = Path.Combine(dir.FullName, "TestResults", MppQueueFactory.OnPostgresByDefault ? "artifacts-postgresql" : "artifacts");
                    Directory.CreateDirectory(folder);
                    return folder;
                }
            }

            var fallback = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(fallback);
            return fallback;
        }
    }

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>Saves what <paramref name="page"/> shows as <paramref name="name"/> when the run asks for screenshots.</summary>
    public static Task ScreenshotAsync(Microsoft.Playwright.IPage page, string name, bool fullPage = false) => Wanted
        ? page.ScreenshotAsync(new() { Path = File(name), FullPage = fullPage })
        : Task.CompletedTask;

    /// <summary>Saves what <paramref name="element"/> shows as <paramref name="name"/> when the run asks for screenshots.</summary>
    public static Task ScreenshotAsync(Microsoft.Playwright.ILocator element, string name) => Wanted
        ? element.ScreenshotAsync(new() { Path = File(name) })
        : Task.CompletedTask;
}
