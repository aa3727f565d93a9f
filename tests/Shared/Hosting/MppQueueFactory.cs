using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Hubs;

namespace MppQueue.Server.Tests.Support;

/// <summary>
/// The whole app on a temporary LiteDB file (or on a given one, to start a second time on the same data),
/// with its clock starting on a Monday at 09:00 WIB so that every demo service is open whenever tests run.
/// </summary>
public sealed class MppQueueFactory : WebApplicationFactory<Program>
{
    public const string OpenMonday = "2026-11-23T09:00:00+07:00";

    private readonly bool _ownsFile;

    public MppQueueFactory(string? dataPath = null)
    {
        _ownsFile = dataPath is null;
        DataPath = dataPath ?? NewDataPath();
    }

    public string DataPath { get; }

    public QueueEngine Engine => Services.GetRequiredService<QueueEngine>();

    public static string NewDataPath() =>
        Path.Combine(Path.GetTempPath(), "mppqueue-tests", Guid.NewGuid().ToString("N"), "mppqueue.db");

    /// <summary>Serves on a real loopback port (for clients that are not in this process) and returns its address.</summary>
    public Uri StartOnRealPort()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>A .NET SignalR client on the in-memory test server (long polling through the test handler).</summary>
    public HubConnection CreateHubConnection() =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, QueueHub.Path.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
            })
            .Build();

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MppQueue:DataPath", DataPath);
        builder.UseSetting("MppQueue:ClockStart", OpenMonday);
        builder.ConfigureServices(services =>
        {
            // Each host seeds the demo accounts, hashing 14 passwords with PBKDF2 at ASP.NET Core's 100,000 rounds: some
            // 0.6 s of CPU per host, minutes over the suite. The rounds are part of each stored hash, so sign-in works
            // the same with fewer; the server itself keeps the default (the deploy tests run it untouched).
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFile)
        {
            DeleteData(DataPath);
        }
    }

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
}
