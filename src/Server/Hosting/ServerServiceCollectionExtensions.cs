using System.IO.Compression;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MppQueue.Admin;
using MppQueue.Api;
using MppQueue.Core;
using MppQueue.Counter;
using MppQueue.Display;
using MppQueue.Kiosk;
using MppQueue.Server.Auth;
using MppQueue.Server.Health;
using MppQueue.Server.Hubs;
using MppQueue.Storage;
using MppQueue.Storage.Postgres;
using MppQueue.Ui;

namespace MppQueue.Server.Hosting;

public static class ServerServiceCollectionExtensions
{
    /// <summary>
    /// The host composes: its own settings and clock, storage, then each project's <c>Add…</c> (Core, Ui, the four
    /// areas and the integration API register what they own), then what only the host has: sign-in, Blazor, the safe pipeline, the hub, health.
    /// </summary>
    public static IServiceCollection AddServer(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<MppQueueOptions>()
            .Bind(configuration.GetSection(MppQueueOptions.Section))
            .Check(o => o.SeedDemo && string.IsNullOrWhiteSpace(o.DemoPassword) ? "MppQueue:DemoPassword must not be empty while MppQueue:SeedDemo is true." : null)
            .WebAddress(MppQueueOptions.Section + ":" + nameof(MppQueueOptions.PublicBaseUrl), o => o.PublicBaseUrl)
            .ValidateOnStart();
        services.AddSingleton<TimeProvider>(provider =>
            provider.GetRequiredService<IOptions<MppQueueOptions>>().Value.ClockStart is { } start ? new ShiftedTimeProvider(start) : TimeProvider.System);

        // The store and the keys beside it are registered with their path, so this one setting is read while registering.
        var dataPath = DataPath(configuration[MppQueueOptions.Section + ":" + nameof(MppQueueOptions.DataPath)], environment);
        services.AddSingleton<DemoSeeding>();
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Check(o => o.Problem())
            .ValidateOnStart();
        var onPostgres = configuration.GetValue<StorageProvider?>(StorageOptions.Section + ":" + nameof(StorageOptions.Provider)) == StorageProvider.PostgreSql;
        if (onPostgres)
        {
            // The schema is migrated when the store is first used; an empty database then gets the demo MPP (docs/adr/0021).
            services.AddPostgresStorage(
                provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value.PostgresConnectionString(),
                (provider, store, history) => provider.GetRequiredService<DemoSeeding>().Seed(store, history));
        }
        else
        {
            // A new data file is built in memory with the demo MPP (and its history) and written at once (docs/demo.md).
            services.AddLiteDbStorage(dataPath, (provider, store) => provider.GetRequiredService<DemoSeeding>().Seed(store, store));

            // One process: it is always the node that does the once-per-site background work.
            services.AddSingleton<ILeaderLease, SingleProcessLease>();
        }

        // The keys that sign cookies and antiforgery tokens: beside the data file, or in the database that every node shares
        // (the NIK secret follows the store in the same way, see AddBookings).
        if (onPostgres)
        {
            services.AddKeysInDatabase();
        }
        else
        {
            services.AddKeysBesideData(dataPath);
        }

        services.AddRegion(configuration, onPostgres ? StorageProvider.PostgreSql : StorageProvider.LiteDb);

        services.AddSingleton<IEngineStartStep, EngineStartup>();
        services.AddQueueCore(configuration);
        services.AddBookings(configuration, dataPath);
        services.AddWebhooks(configuration);
        services.AddComplaints(configuration);
        services.AddNotices(configuration);
        services.AddUi();
        services.AddKiosk(configuration);
        services.AddCounter();
        services.AddDisplay(configuration);
        services.AddAdmin();

        services.AddMppAuth(configuration);

        // The integration API registers its own scheme beside the cookie (which stays the default), its limits and its document.
        services.AddApi(configuration);

        // Exception details reach a browser only when asked for by name ("DetailedErrors": true), in any environment.
        var detailedErrors = configuration.GetValue<bool>(WebHostDefaults.DetailedErrorsKey);
        services.AddRazorComponents()
            .AddInteractiveServerComponents(circuit => circuit.DetailedErrors = detailedErrors)
            .AddHubOptions(hub =>
            {
                // Fewer pings on a hundred quiet connections; the page's script uses the same figures (CircuitKeepAlive).
                hub.KeepAliveInterval = CircuitKeepAlive.ServerPing;
                hub.ClientTimeoutInterval = CircuitKeepAlive.ServerTimeout;
            });
        services.AddSafeHosting(configuration);

        // Kestrel's limits (the request body's above all) from "Kestrel:Limits", also where Kestrel is not the server.
        services.Configure<KestrelServerOptions>(configuration.GetSection("Kestrel"));

        services.AddQueueHub();
        services.AddSingleton<QueueHubForwarder>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueHubForwarder>());
        // A node that cannot reach its store answers 503 with a short reason, so a load balancer sends no one to it.
        if (onPostgres)
        {
            services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("store", timeout: TimeSpan.FromSeconds(5));
        }
        else
        {
            services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        }

        return services;
    }

    /// <summary>
    /// The regional view ("MppQueue:Region", checked at start): the other sites' schemas this node reads for its
    /// regional accounts, each through read-only connections beside the node's own (docs/adr/0023-one-schema-per-site.md).
    /// </summary>
    public static IServiceCollection AddRegion(this IServiceCollection services, IConfiguration configuration, StorageProvider storage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RegionOptions>()
            .Bind(configuration.GetSection(RegionOptions.Section))
            .Configure(o =>
            {
                // "a,b" in one value (an environment variable, a command-line switch) as well as a list.
                if (configuration[RegionOptions.Section + ":" + nameof(RegionOptions.Sites)] is { Length: > 0 } names)
                {
                    o.Sites.Add(names);
                }
            })
            .Check(o => o.Problem(storage))
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<RegionOptions>>().Value;
            var schemas = storage == StorageProvider.PostgreSql && options.Problem(storage) is null ? options.Schemas() : [];
            var sites = schemas.Count == 0 ? [] : schemas
                .Select(schema => new PostgresRegionSite(provider.GetRequiredService<IOptions<StorageOptions>>().Value.PostgresConnectionString(), schema))
                .ToList();
            return new RegionReader(sites, provider.GetRequiredService<TimeProvider>(), options.Refresh, provider.GetService<ILogger<RegionReader>>());
        });
        return services;
    }

    /// <summary>
    /// What keeps errors and headers safe in every environment: problem details, bad requests as 4xx (the same in
    /// Development as in Production), the security headers' settings, HSTS, trusted proxies, compression.
    /// </summary>
    public static IServiceCollection AddSafeHosting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Minimal APIs answer a body they cannot read with a bare 400 in Production and a stack trace in
        // Development; thrown everywhere, BadRequestExceptionHandler answers both the same, briefly.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);

        services.AddOptions<SecurityOptions>()
            .Bind(configuration.GetSection(SecurityOptions.Section))
            .Validate(o => o.HasValidFrameAncestors(), "MppQueue:Security:DisplayFrameAncestors must list origins such as https://signage.example.go.id (scheme, host, optional port; nothing else).")
            .Validate(o => o.HstsMaxAgeDays >= 0, "MppQueue:Security:HstsMaxAgeDays must not be negative.")
            .ValidateOnStart();
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityOptions>>((hsts, security) =>
        {
            hsts.MaxAge = TimeSpan.FromDays(security.Value.HstsMaxAgeDays);
            hsts.IncludeSubDomains = false;
        });
        services.AddTrustedProxies(configuration);

        // The build precompresses most static files (.br/.gz beside them), but not the fingerprinted addresses of a
        // package's files, such as MudBlazor's 600 KB stylesheet that every page loads: those are compressed here.
        // Stylesheets, scripts and SVG hold no secrets. HTML only where the page is the same for everyone (the
        // catalogue and /live, marked PublicPage): a page with a per-user secret beside text an attacker can put in
        // it, compressed over HTTPS, leaks the secret through its size (BREACH); PublicPageCompressionProvider decides.
        // Nothing else (JSON answers, the /live event stream, which must not be held back) is compressed here.
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", PublicPageCompressionProvider.HtmlMimeType];
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, PublicPageCompressionProvider>());
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>A relative data path lives under the content root, so the file does not move with the working directory.</summary>
    public static string DataPath(string? configured, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = new MppQueueOptions().DataPath;
        }

        return configured == LiteQueueStore.InMemory || Path.IsPathRooted(configured)
            ? configured
            : Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
    }
}
