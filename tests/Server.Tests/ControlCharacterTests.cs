using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.PostgresTesting;

namespace MppQueue.Server.Tests;

/// <summary>
/// A control character in a name an admin or an agency's system types is refused with a reason on both stores (U+0000
/// would otherwise make PostgreSQL fail the write with a 500), through the integration API's webhooks.
/// </summary>
public class ControlCharacterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreateWebhook_NameWithNul_IsA400WithTheReasonOnEitherStore(bool onPostgres)
    {
        using var factory = onPostgres ? MppQueueFactory.OnPostgres(PostgresTestServer.Shared.CreateDatabase("nul")) : new MppQueueFactory();
        var credential = factory.Services.GetRequiredService<ApiClientRegistry>()
            .Create(new ApiClientRequest("Uji Polres", "polres", [ApiOperation.Read, ApiOperation.Webhooks]), factory.Engine.Catalog).Credential;
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks")
        {
            Content = JsonContent.Create(new { name = "Polres\u0000", url = "https://a.go.id/h" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);

        using var response = await client.SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(nameof(WebhookError.NameNotPlain), problem.RootElement.GetProperty("title").GetString());
        Assert.Empty(factory.Services.GetRequiredService<WebhookService>().List());
    }
}
