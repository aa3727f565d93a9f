using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MppQueue.Core;
using MppQueue.Server.Hosting;

namespace MppQueue.Bench.DisplaySoak;

/// <summary>The server, wired exactly as Program.cs wires it (Production), on a free loopback port and a throwaway data file.</summary>
public sealed class SoakHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private SoakHost(WebApplication app, string folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public QueueEngine Engine => _app.Services.GetRequiredService<QueueEngine>();

    public ScreenRegistry Screens => _app.Services.GetRequiredService<ScreenRegistry>();

    public static async Task<SoakHost> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mppqueue-soak", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "MppQueue.Server",
            EnvironmentName = "Production",
            Args =
            [
                "--urls", "http://127.0.0.1:0",
                "--MppQueue:DataPath", Path.Combine(folder, "mppqueue.db"),
                "--MppQueue:ClockStart", "2026-11-23T08:00:00+07:00",
            ],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddServer(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.UseServer();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SoakHost(app, folder, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
