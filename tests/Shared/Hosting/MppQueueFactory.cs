using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using Xunit;

namespace MppQueue.HostTesting;

/// <summary>
/// The whole app, for the server tests (in memory, or on a real loopback port for clients outside the process) and
/// the browser tests (on a real port): on a temporary LiteDB file (or a given one, to start a second time on the same
/// data), with its clock starting on a Monday at 09:00 WIB so that every demo service is open whenever tests run.
/// Its kiosks go back to their start only after ten minutes without a touch.
/// </summary>
public sealed class MppQueueFactory : WebApplicationFactory<Program>
{
    public const string OpenMonday = "2026-11-23T09:00:00+07:00";

    private readonly bool _ownsFile;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeSpan? _circuitRetention;
    private readonly Action<IServiceCollection>? _services;

    // The options' refusal at start, once the app has refused its settings (StartFailure).
    private Exception? _startRefusal;

    /// <param name="dataPath">A data file to (re)start on; by default a fresh temporary one, deleted afterwards.</param>
    /// <param name="settings">More configuration, e.g. ["MppQueue:Display:HeartbeatSeconds"] = "2".</param>
    /// <param name="circuitRetention">How long the server keeps the circuit of a page that went away (Blazor's default: 3 minutes).</param>
    /// <param name="services">More services, after the server's own (e.g. what a feature still being merged needs).</param>
    public MppQueueFactory(string? dataPath = null, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? circuitRetention = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _ownsFile = dataPath is null;
        DataPath = dataPath ?? NewDataPath();
        _settings = settings ?? new Dictionary<string, string>();

        // The whole suite on the server store: MPPQUEUE_TEST_STORE=PostgreSql puts every host that would get a fresh
        // LiteDB file on a fresh PostgreSQL database instead (one that restarts on a given file stays on LiteDB).
        if (dataPath is null && OnPostgresByDefault && !_settings.ContainsKey(ProviderSetting))
        {
            _settings = new Dictionary<string, string>(_settings)
            {
                [ProviderSetting] = "PostgreSql",
                [ConnectionStringSetting] = PostgresTesting.PostgresTestServer.Shared.CreateDatabase("host"),
            };
        }
        _circuitRetention = circuitRetention;
    }

    private const string ProviderSetting = "MppQueue:Storage:Provider";
    private const string ConnectionStringSetting = "MppQueue:Storage:ConnectionString";

    /// <summary>Whether hosts run on PostgreSQL unless a test says otherwise (the environment variable MPPQUEUE_TEST_STORE=PostgreSql).</summary>
    public static bool OnPostgresByDefault { get; } =
        string.Equals(Environment.GetEnvironmentVariable("MPPQUEUE_TEST_STORE"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public string DataPath { get; }

    /// <summary>Whether the host checks its container as Development does (off by default: see ConfigureWebHost).</summary>
    public bool ValidateContainer { get; init; }

    /// <summary>
    /// The app on a PostgreSQL database instead of a LiteDB file (the keys stay in a temp data folder). Give the same
    /// connection string again to restart on the same data.
    /// </summary>
    public static MppQueueFactory OnPostgres(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            [ProviderSetting] = "PostgreSql",
            [ConnectionStringSetting] = connectionString,
        };
        return new MppQueueFactory(settings: all);
    }

    /// <summary>The app on its LiteDB file whatever MPPQUEUE_TEST_STORE says: for what only the file has (its backup, its path).</summary>
    public static MppQueueFactory OnLiteDb() => new(settings: new Dictionary<string, string> { [ProviderSetting] = "LiteDb" });

    public QueueEngine Engine => Services.GetRequiredService<QueueEngine>();

    /// <summary>The circuits the server has closed for good.</summary>
    public CircuitLog Circuits => Services.GetRequiredService<CircuitLog>();

    public static string NewDataPath() =>
        Path.Combine(_dataRoot.Value, "mppqueue-tests", Guid.NewGuid().ToString("N"), "mppqueue.db");

    // Each write of the store ends in fsyncs: some 150 of them seed a new host, and on a busy shared disk they take
    // longer than the rest of its start. These tests are not about surviving a power cut (the storage tests are, on
    // files of their own), so their data lives in memory where Linux offers it (tmpfs), else in the temp folder.
    private static readonly Lazy<string> _dataRoot = new(() =>
    {
        const string Memory = "/dev/shm";
        try
        {
            if (Directory.Exists(Memory))
            {
                Directory.CreateDirectory(Path.Combine(Memory, "mppqueue-tests"));
                return Memory;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not writable here: the temp folder will do.
        }

        return Path.GetTempPath();
    });

    /// <summary>Serves on a real loopback port (for a browser or another client outside this process) and returns its address.</summary>
    /// <param name="port">0 for any free port; a port a previous server used, to come back where screens expect it.</param>
    public Uri StartOnRealPort(int port = 0)
    {
        UseKestrel(port);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Issues a ticket for the service and has the first desk that serves it call it.</summary>
    public (Ticket Ticket, Desk Desk) IssueAndCall(string serviceId)
    {
        var engine = Engine;
        var issued = engine.Issue(new IssueRequest(serviceId));
        var desk = DeskFor(serviceId);
        var called = engine.CallNext(desk.Id);
        Assert.Equal(issued.Id, called.Id);
        return (called, desk);
    }

    public Desk DeskFor(string serviceId) =>
        Engine.Catalog.Desks.Values.Where(d => d.Active && d.ServiceIds.Contains(serviceId)).OrderBy(d => d.Number).First();

    public static void DeleteData(string dataPath)
    {
        try
        {
            var folder = Path.GetDirectoryName(dataPath);
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");

        // Development checks every registration when the container is built (ValidateOnBuild) and every scoped
        // resolution (ValidateScopes): CPU on each of the suite's hundreds of hosts. ContainerValidationTests
        // builds one host with both checks on.
        if (!ValidateContainer)
        {
            builder.UseDefaultServiceProvider(options =>
            {
                options.ValidateOnBuild = false;
                options.ValidateScopes = false;
            });
        }
        builder.UseSetting("MppQueue:DataPath", DataPath);
        builder.UseSetting("MppQueue:ClockStart", OpenMonday);

        // A kiosk left alone for 30 s goes back to its start, and would race a slow test (a screenshot, an axe
        // scan, the QR read off the slip); no host test is about that reset (the kiosk's component tests are).
        builder.UseSetting("MppQueue:Kiosk:IdleSeconds", "600");

        // The demo's visitors already checked in would stand first in the KTP-el and passport queues of every test.
        builder.UseSetting("MppQueue:DemoCheckIns", "false");

        // Four weeks of demo history cost a second or two of every host's start; only the tests about it ask for it.
        builder.UseSetting("MppQueue:DemoHistory", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            // Each host seeds the demo accounts, hashing 14 passwords with PBKDF2 at ASP.NET Core's 100,000 rounds: some
            // 0.6 s of CPU per host, minutes over the suite. The rounds are part of each stored hash, so sign-in works
            // the same with fewer; the server itself keeps the default (the deploy tests run it untouched).
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            services.AddSingleton<CircuitLog>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<CircuitHandler, CircuitLog>(sp => sp.GetRequiredService<CircuitLog>()));
            if (_circuitRetention is { } retention)
            {
                services.Configure<CircuitOptions>(options => options.DisconnectedCircuitRetentionPeriod = retention);
            }

            _services?.Invoke(services);
            RecordStartRefusal(services);
        });
    }

    /// <summary>
    /// The exception the app stopped its start with (a bad setting's message), for the tests of bad settings. A setting
    /// refused at start makes the app dispose of its host; when that happens before this factory's side of the start
    /// looks at the host (a busy machine), the factory reports only "Cannot access a disposed object". The refusal
    /// itself is kept on its way out, and is what this returns.
    /// </summary>
    /// <param name="derived">A factory made from this one (<c>WithWebHostBuilder</c>), to start instead of this one.</param>
    public Exception StartFailure(WebApplicationFactory<Program>? derived = null)
    {
        try
        {
            _ = (derived ?? this).Server;
        }
        catch (Exception failed)
        {
            return Volatile.Read(ref _startRefusal) ?? failed;
        }

        throw new InvalidOperationException("The app started, though its settings should have stopped it.");
    }

    // Wraps the options' check at start (ValidateOnStart) so that its refusal is kept before the host goes away.
    private void RecordStartRefusal(IServiceCollection services)
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(IStartupValidator)) is not { ImplementationType: { } type } validator)
        {
            return;
        }

        services.Remove(validator);
        services.Add(ServiceDescriptor.Describe(
            typeof(IStartupValidator),
            sp => new RecordedStartupValidator((IStartupValidator)ActivatorUtilities.CreateInstance(sp, type), this),
            validator.Lifetime));
    }

    private sealed class RecordedStartupValidator(IStartupValidator inner, MppQueueFactory factory) : IStartupValidator
    {
        public void Validate()
        {
            try
            {
                inner.Validate();
            }
            catch (Exception refused)
            {
                Volatile.Write(ref factory._startRefusal, refused);
                throw;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFile)
        {
            DeleteData(DataPath);
        }
    }
}
