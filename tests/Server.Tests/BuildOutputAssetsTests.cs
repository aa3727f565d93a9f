using System.Net;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>Run from the build output as Production (what `dotnet run` does now), every screen's files are served whole; the tests only read and share one started server.</summary>
public class BuildOutputAssetsTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/_content/MppQueue.Ui/mppqueue.css", "text/css")]
    [InlineData("/_content/MppQueue.Display/display.css", "text/css")]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    public async Task Get_StaticAssetInProduction_ServedWhole(string path, string contentType)
    {
        using var client = host.App.CreateClient();

        using var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(bytes.Length > 1000, path + " came with " + bytes.Length + " bytes.");
    }
}
