using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// The server as it is installed: `dotnet publish` output (from the build that is already there, or the folder in
/// MPPQUEUE_PUBLISH_DIR), started with `dotnet MppQueue.Server.dll` as Production on a free loopback port, with a
/// temporary data path that already holds the demo MPP and one real ticket, and the demo clock.
/// </summary>
public sealed class PublishedServer : IAsyncLifetime
{
    public const string ClockStart = "2026-11-23T09:00:00+07:00";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "mppqueue-deploy-tests", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    public string PublishFolder { get; private set; } = null!;

    /// <summary>The page token of the ticket issued before the start.</summary>
    public string TicketToken { get; private set; } = null!;

    /// <summary>What the server wrote to its console so far, for a failing assertion's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public HttpClient CreateClient(bool decompress = true) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None,
        })
        { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        PublishFolder = Environment.GetEnvironmentVariable("MPPQUEUE_PUBLISH_DIR") is { Length: > 0 } given ? given : await PublishAsync();
        var dataPath = Path.Combine(_root, "data", "mppqueue.db");
        TicketToken = SeedWithTicket(dataPath);
        var port = Machine.FreePort();
        BaseAddress = new Uri("http://127.0.0.1:" + port + "/");
        Start(dataPath);
        await WaitUntilHealthyAsync();
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return Task.CompletedTask;
    }

    private async Task<string> PublishAsync()
    {
        var folder = Path.Combine(_root, "publish");
        var project = Path.Combine(Machine.RepositoryRoot(), "src", "Server", "MppQueue.Server.csproj");
        var configuration = typeof(PublishedServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var (exitCode, output) = await Machine.RunAsync("dotnet", ["publish", project, "--no-build", "-c", configuration, "-o", folder, "-nologo", "-v", "quiet"], TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, "dotnet publish failed:\n" + output);
        return folder;
    }

    // The demo MPP and a ticket, written through the same store the server opens, at the demo clock's Monday morning.
    private static string SeedWithTicket(string dataPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dataPath)!);
        using var store = new LiteQueueStore(dataPath);
        Assert.True(CatalogEditor.SeedIfEmpty(store, DemoMpp.Build()));
        var engine = new QueueEngine(store, new FakeTimeProvider(DateTimeOffset.Parse(ClockStart, System.Globalization.CultureInfo.InvariantCulture)), new QueueNotifier());
        return engine.Issue(new IssueRequest("ktp-el")).Token;
    }

    /// <summary>
    /// How the published server in <paramref name="publishFolder"/> is started: <c>dotnet MppQueue.Server.dll</c> with
    /// <paramref name="arguments"/>, as Production, its output redirected for the caller to read.
    /// </summary>
    internal static ProcessStartInfo StartInfo(string publishFolder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = publishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(publishFolder, "MppQueue.Server.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        return start;
    }

    private void Start(string dataPath)
    {
        var start = StartInfo(PublishFolder, [
            "--urls", BaseAddress.GetLeftPart(UriPartial.Authority),
            "--MppQueue:DataPath=" + dataPath,
            "--MppQueue:ClockStart=" + ClockStart,
        ]);
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        await HealthWait.UntilHealthyAsync(client, _process!, () => Output, "The published server");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
