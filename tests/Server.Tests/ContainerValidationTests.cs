namespace MppQueue.Server.Tests;

/// <summary>
/// The one host of the suite that checks its container as Development does: every registration can be built, and no
/// singleton holds a scoped service. The other hosts skip these checks (MppQueueFactory), to save their CPU.
/// </summary>
public class ContainerValidationTests
{
    [Fact]
    public async Task Host_WithDevelopmentsContainerChecks_StartsAndServesPages()
    {
        using var factory = new MppQueueFactory { ValidateContainer = true };
        using var client = factory.CreateClient();

        // A page, an API read and the health check resolve scoped services through their whole graph.
        foreach (var path in new[] { "/", "/layanan", "/kiosk", "/display/zona-1", "/live", "/healthz" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }
    }
}
