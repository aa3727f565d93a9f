using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MppQueue.Storage.Postgres;
using Npgsql;

namespace MppQueue.PostgresTesting;

/// <summary>
/// One throw-away PostgreSQL cluster per test process, made with Debian's binaries in a temp folder on the first use and
/// removed when the process exits: it listens on a unix socket in that folder and on a free localhost port, and every
/// test asks it for a database of its own
/// (<see cref="CreateDatabase"/>), so tests stay independent and may run in parallel. initdb refuses root: as root, the
/// server runs as the <c>postgres</c> user and the folder is handed to it.
/// Commits are synchronous as in production (a write returns once PostgreSQL has committed it), but this cluster does
/// not fsync: it is thrown away, no test cuts the machine's power, and a killed process keeps what the operating system
/// already holds. With fsync on, creating each test's database and its commits made the storage tests the longest
/// lane of the CI run.
/// </summary>
public sealed class PostgresTestServer
{
    public const string BinFolder = "/usr/lib/postgresql/15/bin";

    private static readonly Lazy<PostgresTestServer> _shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _folder;
    private readonly Lazy<string> _template;
    private readonly string? _runAs;

    private PostgresTestServer(string folder, string? runAs, int port)
    {
        _folder = folder;
        _runAs = runAs;
        Port = port;
        _template = new(MakeTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The cluster of this test process (started on the first call).</summary>
    public static PostgresTestServer Shared => _shared.Value;

    public int Port { get; }

    /// <summary>The folder of the server's unix socket (also its data folder's parent).</summary>
    public string SocketFolder => _folder;

    /// <summary>
    /// A new database of its own and a connection string to it (over TCP on localhost, as an application connects):
    /// empty, or a copy of a database that the schema's migrations were applied to once in this process (the copy is
    /// cheaper than migrating each test's database; the migrations themselves are tested on empty ones).
    /// </summary>
    public string CreateDatabase(string? hint = null, bool migrated = true)
    {
        var name = "t" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" +
            new string((hint ?? "db").ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray());
        // A file copy, not PostgreSQL 15's default of writing the whole template into the log: far less work per test.
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE {(migrated ? _template.Value : "template0")} STRATEGY FILE_COPY");
        return ConnectionString(name, pooling: true);
    }

    public string ConnectionString(string database, bool pooling) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        Pooling = pooling,
        MaxPoolSize = 10,
    }.ConnectionString;

    private string MakeTemplate()
    {
        const string Name = "mppqueue_migrated";
        Execute($"CREATE DATABASE {Name} TEMPLATE template0");
        using (var database = new PostgresDatabase(ConnectionString(Name, pooling: false)))
        {
            PostgresSchema.Migrate(database);
        }

        return Name;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres", pooling: false));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresTestServer Start()
    {
        if (!File.Exists(Path.Combine(BinFolder, "postgres")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinFolder}/postgres is missing): apt-get install postgresql (scripts/test.sh does).");
        }

        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var folder = Path.Combine(Path.GetTempPath(), "mppqueue-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (runAs is not null)
        {
            Run("chown", runAs, folder);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var server = new PostgresTestServer(folder, runAs, port);

        // initdb's own fsyncs are skipped too (the cluster is thrown away).
        server.RunAsServerUser(Path.Combine(BinFolder, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        server.RunAsServerUser(
            Path.Combine(BinFolder, "pg_ctl"),
            "-D",
            data,
            "-l",
            Path.Combine(folder, "server.log"),
            "-w",
            "-o",
            $"-c listen_addresses=127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -k {folder} -c fsync=off -c full_page_writes=off -c synchronous_commit=on -c max_connections=300",
            "start");
        return server;
    }

    private void Stop()
    {
        try
        {
            RunAsServerUser(Path.Combine(BinFolder, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder goes anyway.
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }
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
