namespace MppQueue.Server.Tests.Support;

public static class Repository
{
    /// <summary>The checkout's root (the folder with MppQueue.sln), found from the test's output folder.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MppQueue.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("MppQueue.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
