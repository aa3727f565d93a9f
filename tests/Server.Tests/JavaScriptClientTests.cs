using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>The official @microsoft/signalr package, run by node against the app on a real port.</summary>
public class JavaScriptClientTests
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(60);
    private static readonly SemaphoreSlim _install = new(1, 1);

    private static string ScriptFolder => Path.Combine(Repository.Root, "tests", "Server.Tests", "js");

    [Fact]
    public async Task JavaScriptClient_JoinsZone_ReceivesCalledEventAndWrongTokenIsRefused()
    {
        await EnsureNodeModulesAsync();
        // The first hub connection of the test process compiles SignalR's code on a machine busy with four test lanes:
        // its handshake once took longer than the server's default 15 s.
        using var factory = new MppQueueFactory(services: s => s.Configure<HubOptions>(o => o.HandshakeTimeout = _patience));
        var address = factory.StartOnRealPort();
        using var node = Start("node", ScriptFolder, "receive-call.mjs", address.AbsoluteUri, "zona-1");
        var lines = new LineReader(node);

        await lines.WaitForAsync("JOINED ", _patience);
        var (ticket, desk) = factory.IssueAndCall("ktp-el");
        var called = await lines.WaitForAsync("CALLED ", _patience);
        await node.WaitForExitAsync().WaitAsync(_patience);

        using var call = JsonDocument.Parse(called["CALLED ".Length..]);
        Assert.Equal(ticket.Number.ToString(), call.RootElement.GetProperty("number").GetString());
        Assert.Equal(desk.Number, call.RootElement.GetProperty("deskNumber").GetInt32());
        Assert.Contains(lines.All, l => l.StartsWith("REFUSED ", StringComparison.Ordinal) && l.Contains("Unknown ticket token", StringComparison.Ordinal));
        Assert.Equal(0, node.ExitCode);
    }

    /// <summary>Installs the npm packages from the committed lock file when node_modules is missing.</summary>
    private static async Task EnsureNodeModulesAsync()
    {
        await _install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(ScriptFolder, "node_modules", "@microsoft", "signalr")))
            {
                return;
            }

            using var npm = Start("npm", ScriptFolder, "ci", "--no-audit", "--no-fund");
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(npm.ExitCode == 0, "npm ci failed: " + await output + await errors);
        }
        finally
        {
            _install.Release();
        }
    }

    private static Process Start(string fileName, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
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

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
    }

    /// <summary>Collects a process's output lines and lets a test wait for one.</summary>
    private sealed class LineReader
    {
        private readonly List<string> _lines = [];
        private readonly Process _process;

        public LineReader(Process process)
        {
            _process = process;
            _ = Task.Run(() => PumpAsync(process.StandardOutput));
            _ = Task.Run(() => PumpAsync(process.StandardError, "stderr: "));
        }

        public IReadOnlyList<string> All
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public async Task<string> WaitForAsync(string prefix, TimeSpan patience)
        {
            var until = DateTime.UtcNow + patience;
            while (DateTime.UtcNow < until)
            {
                if (All.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }

                if (_process.HasExited && All.All(l => !l.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    await Task.Delay(200);
                    if (All.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } late)
                    {
                        return late;
                    }

                    Assert.Fail($"node exited ({_process.ExitCode}) before printing '{prefix}'. Output:\n{string.Join('\n', All)}");
                }

                await Task.Delay(50);
            }

            Assert.Fail($"node printed no '{prefix}' within {patience}. Output:\n{string.Join('\n', All)}");
            return string.Empty;
        }

        private async Task PumpAsync(StreamReader reader, string tag = "")
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    _lines.Add(tag + line);
                }
            }
        }
    }
}
