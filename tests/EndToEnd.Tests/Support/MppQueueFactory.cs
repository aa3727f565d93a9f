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
using MppQueue.Core;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>
/// The whole app on a temporary LiteDB file and a real loopback port, for a real browser. Its clock starts on
/// a Monday at 09:00 WIB, so the demo services are open whenever the tests run; its kiosks go back to their start
/// only after ten minutes without a touch.
/// </summary>
public sealed class MppQueueFactory : WebApplicationFactory<Program>
{
    public const string OpenMonday = "2026-11-23T09:00:00+07:00";

    private readonly string _dataPath;
    private readonly bool _ownsFile;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeSpan? _circuitRetention;

    /// <param name="dataPath">A data file to (re)start on; by default a fresh temporary one, deleted afterwards.</param>
    /// <param name="settings">More configuration, e.g. ["MppQueue:Display:HeartbeatSeconds"] = "2".</param>
    /// <param name="circuitRetention">How long the server keeps the circuit of a page that went away (Blazor's default: 3 minutes).</param>
    public MppQueueFactory(string? dataPath = null, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? circuitRetention = null)
    {
        _ownsFile = dataPath is null;
        _dataPath = dataPath ?? NewDataPath();
        _settings = settings ?? new Dictionary<string, string>();
        _circuitRetention = circuitRetention;
    }

    public QueueEngine Engine => Services.GetRequiredService<QueueEngine>();

    public CircuitLog Circuits => Services.GetRequiredService<CircuitLog>();

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "mppqueue-e2e", Guid.NewGuid().ToString("N"), "mppqueue.db");

    public static void DeleteData(string dataPath)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(dataPath)!, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <param name="port">0 for any free port; a port a previous server used, to come back where screens expect it.</param>
    public Uri StartOnRealPort(int port = 0)
    {
        UseKestrel(port);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MppQueue:DataPath", _dataPath);
        builder.UseSetting("MppQueue:ClockStart", OpenMonday);

        // A kiosk left alone for 30 s goes back to its start, and would race a slow test (a screenshot, an axe
        // scan, the QR read off the slip); no browser test is about that reset, so the kiosks here wait longer.
        builder.UseSetting("MppQueue:Kiosk:IdleSeconds", "600");
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
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFile)
        {
            DeleteData(_dataPath);
        }
    }
}
