using System.Diagnostics;
using System.Net;
using System.Text;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// One node of a two-node installation: the published server (<see cref="PublishedServer.PublishFolder"/>) started as
/// Production on a free loopback port, on a PostgreSQL database, with a data folder of its own (as on a machine of its
/// own) and the demo clock. <see cref="Kill"/> ends it as a power cut or the OOM killer would: SIGKILL, no shutdown.
/// </summary>
public sealed class ServerNode : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mppqueue-deploy-tests", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private ServerNode(string publishFolder, string connectionString, IEnumerable<string> settings)
    {
        BaseAddress = new Uri("http://127.0.0.1:" + Machine.FreePort() + "/");
        var start = PublishedServer.StartInfo(publishFolder, new[]
        {
            "--urls", BaseAddress.GetLeftPart(UriPartial.Authority),
            "--MppQueue:DataPath=" + Path.Combine(_root, "data", "mppqueue.db"),
            "--MppQueue:ClockStart=" + PublishedServer.ClockStart,
            "--MppQueue:Storage:Provider=PostgreSql",
            "--MppQueue:Storage:ConnectionString=" + connectionString,
        }.Concat(settings));
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>What the node wrote to its console so far, for a failing assertion's message.</summary>
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

    /// <summary>Starts a node; <see cref="WaitUntilHealthyAsync"/> says when it serves.</summary>
    public static ServerNode Start(string publishFolder, string connectionString, params string[] settings) =>
        new(publishFolder, connectionString, settings);

    public async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await HealthWait.UntilHealthyAsync(client, _process, () => Output, "A node");
    }

    /// <summary>SIGKILL: the process ends at once, mid-request, with no shutdown of its own.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless (or was never written).
        }
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
