namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>Where the browser tests leave their screenshots: TestResults/artifacts/ under the repository root.</summary>
public static class Artifacts
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "MppQueue.sln")))
                {
                    var folder = Path.Combine(dir.FullName, "TestResults", "artifacts");
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
}
