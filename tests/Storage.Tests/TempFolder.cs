namespace MppQueue.Storage.Tests;

/// <summary>
/// A fresh folder, deleted with everything in it on dispose: in memory (tmpfs, /dev/shm) where Linux offers it, else
/// under the system temp folder.
/// </summary>
/// <remarks>
/// Every LiteDB commit ends in fsyncs (ADR 2). On the CI machine's shared disk they made a few thousand moves take
/// minutes, and the storage tests that run side by side slowed each other down several times over. What these tests
/// prove (nothing lost or duplicated across threads, a killed process, a reopen, a restore) holds on tmpfs as well: a
/// killed process leaves its written pages with the kernel either way. What tmpfs cannot show, the data surviving a
/// power cut, no test here could show on a real disk either (the fsyncs are there for it, ADR 2).
/// </remarks>
public sealed class TempFolder : IDisposable
{
    private static readonly Lazy<string> _root = new(() =>
    {
        const string Memory = "/dev/shm";
        try
        {
            if (Directory.Exists(Memory))
            {
                var probe = System.IO.Path.Combine(Memory, "mppqueue-storage-tests");
                Directory.CreateDirectory(probe);
                return probe;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not writable here: the temp folder will do.
        }

        return System.IO.Path.GetTempPath();
    });

    public TempFolder()
    {
        Path = System.IO.Path.Combine(_root.Value, "mppqueue-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
