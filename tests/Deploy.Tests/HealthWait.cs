using System.Diagnostics;
using System.Net;

namespace MppQueue.Deploy.Tests;

/// <summary>Waiting for a server process started by a test to answer /healthz with 200, failing with its output.</summary>
internal static class HealthWait
{
    /// <param name="client">A client with the server's base address.</param>
    /// <param name="process">The server's process: its end fails the wait at once.</param>
    /// <param name="output">What the process printed so far, for the failure message.</param>
    /// <param name="what">The server as the failure messages name it ("The published server", "A node").</param>
    public static async Task UntilHealthyAsync(HttpClient client, Process process, Func<string> output, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"{what} stopped:\n" + output());
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{what} did not become healthy:\n" + output());
    }
}
