using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MppQueue.Bench;

/// <summary>
/// A throw-away PostgreSQL 15 cluster made with Debian's binaries in a folder on the real disk, configured for
/// durability as in production: fsync on, full-page writes on, synchronous commits (unlike the tests' cluster,
/// tests/Shared/Postgres/PostgresTestServer.cs, which skips fsync). Each configuration gets a database of its own.
/// As root, the server runs as the <c>postgres</c> user (initdb refuses root).
/// </summary>
internal sealed class BenchPostgres : IDisposable
{
    private const string BinFolder = "/usr/lib/postgresql/15/bin";

    private readonly string _folder;
    private readonly string? _runAs;
    private readonly int _port;

    private BenchPostgres(string folder, string? runAs, int port)
    {
        _folder = folder;
        _runAs = runAs;
        _port = port;
    }

    public string DataFolder => Path.Combine(_folder, "data");

    public static BenchPostgres Start(string parent)
    {
        if (!File.Exists(Path.Combine(BinFolder, "postgres")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinFolder}/postgres is missing): apt-get install postgresql.");
        }

        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var folder = Path.Combine(parent, "mppqueue-storebench-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (runAs is not null)
        {
            Run("chown", runAs, folder);
        }

        var server = new BenchPostgres(folder, runAs, FreePort());
        try
        {
            server.RunAsServerUser(Path.Combine(BinFolder, "initdb"), "-D", server.DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C");
            server.RunAsServerUser(
                Path.Combine(BinFolder, "pg_ctl"),
                "-D",
                server.DataFolder,
                "-l",
                Path.Combine(folder, "server.log"),
                "-w",
                "-o",
                $"-c listen_addresses=127.0.0.1 -p {server._port.ToString(CultureInfo.InvariantCulture)} -k {folder} -c fsync=on -c full_page_writes=on -c synchronous_commit=on -c max_connections=300",
                "start");
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>An empty database of its own and the connection string to it (TCP on localhost, as an application connects).</summary>
    public string CreateDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0", connection);
            command.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    /// <summary>The server's own settings that decide durability, as it reports them.</summary>
    public string Durability()
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand("SELECT current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit') || ', wal_sync_method ' || current_setting('wal_sync_method')", connection);
        return "fsync " + (string?)command.ExecuteScalar();
    }

    public void Dispose()
    {
        try
        {
            RunAsServerUser(Path.Combine(BinFolder, "pg_ctl"), "-D", DataFolder, "-m", "fast", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Not started, or already stopped; the folder goes anyway.
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            Console.WriteLine($"could not remove {_folder}");
        }
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Database = database,
        Username = "postgres",
        MaxPoolSize = 40,
    }.ConnectionString;

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

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
