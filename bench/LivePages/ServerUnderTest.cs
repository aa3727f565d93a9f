using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MppQueue.Bench.LivePages;

/// <summary>
/// One side of the comparison: src/Server of a source folder, published in Release into a temp folder and run as a
/// child process (Production, as an installed server runs) on a free loopback port, with a fresh data file, the demo
/// MPP and the demo clock, so that the demo services are open whenever the bench runs.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;
    private readonly StringWriter _output = new();

    private ServerUnderTest(string name, Process process, string dataFolder, Uri address)
    {
        Name = name;
        _process = process;
        _dataFolder = dataFolder;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>Publishes src/Server of <paramref name="sourceFolder"/> into a new temp folder and returns that folder.</summary>
    public static async Task<string> PublishAsync(string name, string sourceFolder, TextWriter progress)
    {
        var project = Path.Combine(Path.GetFullPath(sourceFolder), "src", "Server", "MppQueue.Server.csproj");
        if (!File.Exists(project))
        {
            throw new FileNotFoundException($"{name}: no src/Server/MppQueue.Server.csproj under {sourceFolder}", project);
        }

        var output = Directory.CreateTempSubdirectory($"mppqueue-livepages-{name}-").FullName;
        progress.WriteLine($"[{name}] dotnet publish {project} -c Release -o {output}");
        var started = Stopwatch.StartNew();
        var (code, text) = await RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", output, "-v", "q", "-nologo"], Path.GetDirectoryName(project)!);
        if (code != 0)
        {
            throw new InvalidOperationException($"[{name}] dotnet publish failed ({code}):\n{text}");
        }

        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{name}] published in {started.Elapsed.TotalSeconds:F0} s"));
        return output;
    }

    /// <summary>Starts the published server, with these environment variables added, and waits until /healthz answers 200.</summary>
    public static async Task<ServerUnderTest> StartAsync(string name, string publishFolder, IReadOnlyList<string> settings, IEnumerable<(string Key, string Value)> environment, TextWriter progress)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var dataFolder = Directory.CreateTempSubdirectory($"mppqueue-livepages-data-{name}-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = publishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(publishFolder, "MppQueue.Server.dll"));
        foreach (var argument in (string[])["--urls", address.AbsoluteUri.TrimEnd('/'), $"--MppQueue:DataPath={Path.Combine(dataFolder, "mppqueue.db")}", .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
            progress.WriteLine($"[{name}] {key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var server = new ServerUnderTest(name, process, dataFolder, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"[{name}] the server stopped ({process.ExitCode}):\n{server.Output}");
            }

            try
            {
                using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly.
            }

            if (waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"[{name}] /healthz did not answer 200 within 2 minutes:\n{server.Output}");
            }

            await Task.Delay(200);
        }

        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{name}] server pid {process.Id} healthy at {address} after {waited.Elapsed.TotalSeconds:F1} s"));
        return server;
    }

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

    /// <summary>The server's CPU time so far, user and kernel (utime + stime).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The server's resident set now and its peak so far (VmRSS, VmHWM).</summary>
    public ProcessMemory Memory
    {
        get
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }

            return new ProcessMemory(rss, peak);

            static long Kilobytes(string line) =>
                long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Only the start and the warnings matter; keep the last of a long log.
            if (_output.GetStringBuilder().Length > 200_000)
            {
                _output.GetStringBuilder().Remove(0, 100_000);
            }

            _output.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> arguments, string folder)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
