using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MppQueue.Core;
using MppQueue.Server.Hosting;

namespace MppQueue.Bench;

/// <summary>
/// The server, wired exactly as Program.cs wires it (Production), on a free loopback port and a throwaway data file,
/// for the benchmarks that need a running host (linked into each of them).
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private BenchHost(WebApplication app, string folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public QueueEngine Engine => _app.Services.GetRequiredService<QueueEngine>();

    public IServiceProvider Services => _app.Services;

    /// <param name="clockStart">The demo clock's start (the site's local time), so that the services are open.</param>
    /// <param name="staticAssets">Serve the pages' scripts and styles (for runs that open pages in Chromium).</param>
    public static async Task<BenchHost> StartAsync(string clockStart = "2026-11-23T09:00:00+07:00", bool staticAssets = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mppqueue-bench", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "MppQueue.Server",
            EnvironmentName = "Production",
            Args =
            [
                "--urls", "http://127.0.0.1:0",
                "--MppQueue:DataPath", Path.Combine(folder, "mppqueue.db"),
                "--MppQueue:ClockStart", clockStart,

                // The benchmarks measure their own moves on a quiet demo day, without the demo's history and morning.
                "--MppQueue:DemoHistory", "false",
            ],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (staticAssets)
        {
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddServer(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.UseServer();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BenchHost(app, folder, new Uri(address.TrimEnd('/') + "/"));
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
