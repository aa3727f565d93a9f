using System.Net;
using System.Net.Sockets;

namespace MppQueue.Kiosk.Tests;

/// <summary>Small helpers the kiosk tests share: a port nobody listens on, and waiting for a condition.</summary>
internal static class Probes
{
    /// <summary>A local port that was free a moment ago: a printer there never answers.</summary>
    public static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Waits up to ten seconds for the condition; the test asserts what it needs afterwards.</summary>
    public static async Task WaitUntil(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }
    }
}
