using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The API's contract: the OpenAPI document the server generates is valid OpenAPI and is exactly the one committed in
/// docs/api/openapi-v1.json, so a change to the API that does not update the committed contract fails the build's tests.
/// After an intended change, run this test with MPPQUEUE_UPDATE_OPENAPI=1 to write the new contract, and commit it.
/// </summary>
public sealed class ApiContractTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Committed = "docs/api/openapi-v1.json";

    [Fact]
    public async Task OpenApiDocument_IsValid_AndMatchesTheCommittedContract()
    {
        using var client = host.Factory.CreateClient();
        var generated = Normalize(await client.GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(Repository.Root, Committed);
        if (Environment.GetEnvironmentVariable("MPPQUEUE_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, generated);
        }

        var read = OpenApiDocument.Parse(generated, OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.StartsWith("3.1", JsonNode.Parse(generated)!["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(read.Document!.Validate(Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.True(File.Exists(path), $"{Committed} is missing: run this test with MPPQUEUE_UPDATE_OPENAPI=1 and commit it.");
        var committed = await File.ReadAllTextAsync(path);
        Assert.True(
            committed == generated,
            $"The API no longer matches {Committed}. If the change is intended, run this test with MPPQUEUE_UPDATE_OPENAPI=1, look at the difference and commit it.");
    }

    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
}
