using System.Diagnostics;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>jsQR from npm (tests/EndToEnd.Tests/js), installed from the committed lock file on first use.</summary>
public static class JsQr
{
    private static readonly SemaphoreSlim _install = new(1, 1);

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "MppQueue.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "EndToEnd.Tests", "js");
                }
            }

            throw new InvalidOperationException("MppQueue.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The browser build of jsQR (defines window.jsQR), after `npm ci` if it is not there yet.</summary>
    public static async Task<string> ScriptAsync()
    {
        var script = Path.Combine(Folder, "node_modules", "jsqr", "dist", "jsQR.js");
        await _install.WaitAsync();
        try
        {
            // Another test process (the pass on PostgreSQL runs beside this one) may be installing it right now: one
            // installs while the other waits on the lock file, then finds it there.
            using var installing = await LockAsync(Path.Combine(Folder, "node_modules.lock"));
            if (System.IO.File.Exists(script))
            {
                return script;
            }

            var start = new ProcessStartInfo("npm")
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            using var npm = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm.");
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(npm.ExitCode == 0 && System.IO.File.Exists(script), "npm ci failed: " + await output + await errors);
            return script;
        }
        finally
        {
            _install.Release();
        }
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }
}
