using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MppQueue.PostgresTesting;

/// <summary>
/// A throw-away PostgreSQL 15 cluster made with Debian's binaries in a folder of its own, listening on a unix socket
/// in that folder and on a free localhost port; stopping it removes the folder. initdb refuses root: as root, the
/// server runs as the <c>postgres</c> user and the folder is handed to it. Shared by the tests' cluster
/// (<see cref="PostgresTestServer"/>, without fsync) and the store benchmark's (bench/StoreBench, durable).
/// </summary>
public sealed class PostgresCluster
{
    public const string BinFolder = "/usr/lib/postgresql/15/bin";

    private readonly string? _runAs;

    private PostgresCluster(string folder, string? runAs, int port)
    {
        Folder = folder;
        _runAs = runAs;
        Port = port;
    }

    /// <summary>The cluster's folder: its unix socket, its log and (under data/) its files.</summary>
    public string Folder { get; }

    public string DataFolder => Path.Combine(Folder, "data");

    public int Port { get; }

    /// <summary>Makes and starts a cluster in a new folder under <paramref name="parent"/>.</summary>
    /// <param name="durable">
    /// True for production's durability (fsync and full-page writes on); false for a cluster that is thrown away, where
    /// initdb and the server skip every fsync. Commits are synchronous either way.
    /// </param>
    public static PostgresCluster Start(string parent, string prefix, bool durable)
    {
        if (!File.Exists(Path.Combine(BinFolder, "postgres")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinFolder}/postgres is missing): apt-get install postgresql (scripts/test.sh does).");
        }

        RemoveLeftovers(parent, prefix);
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var folder = Path.Combine(parent, prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (runAs is not null)
        {
            Run("chown", runAs, folder);
        }

        var cluster = new PostgresCluster(folder, runAs, FreePort());
        var flushes = durable ? "on" : "off";
        try
        {
            cluster.RunAsServerUser(Path.Combine(BinFolder, "initdb"), ["-D", cluster.DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", .. durable ? Array.Empty<string>() : ["--no-sync"]]);
            cluster.RunAsServerUser(
                Path.Combine(BinFolder, "pg_ctl"),
                "-D",
                cluster.DataFolder,
                "-l",
                Path.Combine(folder, "server.log"),
                "-w",
                "-o",
                $"-c listen_addresses=127.0.0.1 -p {cluster.Port.ToString(CultureInfo.InvariantCulture)} -k {folder} -c fsync={flushes} -c full_page_writes={flushes} -c synchronous_commit=on -c max_connections=300",
                "start");
        }
        catch
        {
            cluster.Stop(immediately: true);
            throw;
        }

        cluster.StopWhenGone(Environment.ProcessId);
        return cluster;
    }

    /// <summary>
    /// Stops the server and removes its folder once the process that made it has gone, however it went: the test runner
    /// may kill a test process before its exit handlers run, which left servers running after the tests. A small shell
    /// loop in a session of its own, with no handle on the test process's output, looks every two seconds.
    /// </summary>
    private void StopWhenGone(int owner)
    {
        var asServerUser = _runAs is null ? string.Empty : $"runuser -u {_runAs} -- ";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {owner.ToString(CultureInfo.InvariantCulture)}; do sleep 2; done; "
            + $"[ -d '{DataFolder}' ] && {asServerUser}{Path.Combine(BinFolder, "pg_ctl")} -D '{DataFolder}' -m immediate -w stop; rm -rf '{Folder}'";
        var start = StartInfo("setsid", ["-f", "sh", "-c", script]);
        start.RedirectStandardInput = true;
        using var watcher = Process.Start(start);
    }

    /// <summary>Stops the server (at once, or after its clients leave) and removes the folder.</summary>
    public void Stop(bool immediately)
    {
        try
        {
            RunAsServerUser(Path.Combine(BinFolder, "pg_ctl"), "-D", DataFolder, "-m", immediately ? "immediate" : "fast", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Not started, or already stopped; the folder goes anyway.
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing a run for (the next cluster's start removes it).
        }
    }

    /// <summary>
    /// Removes the folders of earlier clusters whose server no longer runs. A test process stops its cluster when it
    /// exits, but the test runner may end the process before the folder is deleted (about 1 GB each: 188 of them had
    /// filled this machine's disk). A folder is left alone while its server runs (the process in
    /// <c>data/postmaster.pid</c> is alive) or when it was written in the last half hour (a cluster being made).
    /// </summary>
    internal static void RemoveLeftovers(string parent, string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            try
            {
                var log = Path.Combine(folder, "server.log");
                var written = File.Exists(log) ? File.GetLastWriteTimeUtc(log) : Directory.GetLastWriteTimeUtc(folder);
                if (DateTime.UtcNow - written < TimeSpan.FromMinutes(30) || ServerRuns(folder))
                {
                    continue;
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // In use, or not ours to remove: left for later.
            }
        }
    }

    private static bool ServerRuns(string folder)
    {
        var pidFile = Path.Combine(folder, "data", "postmaster.pid");
        return File.Exists(pidFile)
            && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");
    }

    private void RunAsServerUser(string program, params string[] arguments)
    {
        if (_runAs is null)
        {
            Run(program, arguments);
        }
        else
        {
            Run("runuser", ["-u", _runAs, "--", program, .. arguments]);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(program, arguments)) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }

    /// <summary>A program with its output captured (never the test process's own), run from the temp folder.</summary>
    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
