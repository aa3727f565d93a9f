using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The integration API (/api/v1): every endpoint against every kind of caller (nobody, a wrong secret, a revoked
/// client, a renewed client's old and new secret, the officers' cookie, a client without the read operation, an
/// agency's client on its own and another agency's data, a client for the whole MPP), its OpenAPI document and
/// reference page, what it reads, and the rate per client. One host for the class; only reads are asked for.
/// </summary>
public sealed class ApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string PolresTicket = "{polresTicket}";
    private const string DisdukcapilTicket = "{disdukcapilTicket}";

    // Every /api/v1 endpoint: its route as mapped, a path to Polres's own data, and a path to Disdukcapil's (null when
    // the endpoint names no agency's thing). The OpenAPI test checks that this list and the mapped endpoints agree.
    private static readonly Dictionary<string, (string Own, string? Other)> _endpoints = new(StringComparer.Ordinal)
    {
        ["/api/v1/agencies"] = ("/api/v1/agencies", null),
        ["/api/v1/agencies/{agencyId}"] = ("/api/v1/agencies/polres", "/api/v1/agencies/disdukcapil"),
        ["/api/v1/services"] = ("/api/v1/services", "/api/v1/services?agencyId=disdukcapil"),
        ["/api/v1/services/{serviceId}"] = ("/api/v1/services/skck", "/api/v1/services/ktp-el"),
        ["/api/v1/services/{serviceId}/queue"] = ("/api/v1/services/skck/queue", "/api/v1/services/ktp-el/queue"),
        ["/api/v1/tickets/{ticketId}"] = ("/api/v1/tickets/" + PolresTicket, "/api/v1/tickets/" + DisdukcapilTicket),
        ["/api/v1/figures/today"] = ("/api/v1/figures/today", "/api/v1/figures/today?agencyId=disdukcapil"),
    };

    public static TheoryData<string> Endpoints => [.. _endpoints.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryKindOfCaller_GetsItsOwnAnswer(string route)
    {
        var (own, other) = _endpoints[route];
        own = Resolve(own);
        var cases = new List<(string Who, string? Credential, string Path, HttpStatusCode Status, string? Title)>
        {
            ("nobody", null, own, HttpStatusCode.Unauthorized, "Unauthenticated"),
            ("a wrong secret", host.WrongSecret, own, HttpStatusCode.Unauthorized, "InvalidCredential"),
            ("a revoked client", host.Revoked, own, HttpStatusCode.Unauthorized, "InvalidCredential"),
            ("a renewed client's old secret", host.RenewedOld, own, HttpStatusCode.Unauthorized, "InvalidCredential"),
            ("a renewed client's new secret", host.RenewedNew, own, HttpStatusCode.OK, null),
            ("a client without the read operation", host.WithoutRead, own, HttpStatusCode.Forbidden, "OperationNotAllowed"),
            ("Polres's client", host.Polres, own, HttpStatusCode.OK, null),
            ("the MPP's client", host.Mpp, own, HttpStatusCode.OK, null),
        };
        if (other is not null)
        {
            cases.Add(("Polres's client on Disdukcapil's", host.Polres, Resolve(other), HttpStatusCode.NotFound, "NotFound"));
            cases.Add(("the MPP's client on Disdukcapil's", host.Mpp, Resolve(other), HttpStatusCode.OK, null));
        }

        using var client = host.Factory.CreateClient();
        var failures = new List<string>();
        foreach (var (who, credential, path, status, title) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (credential is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
            }

            using var response = await client.SendAsync(request);
            failures.AddRange(Check(who, path, response, status, title, await response.Content.ReadAsStringAsync()));
        }

        // The officers' own sign-in opens pages, never the API.
        var cookie = await host.AdminCookieAsync();
        using (var withCookie = await cookie.GetAsync(own))
        {
            failures.AddRange(Check("the admin's cookie", own, withCookie, HttpStatusCode.Unauthorized, "Unauthenticated", await withCookie.Content.ReadAsStringAsync()));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Read_AnotherAgencysThing_LooksExactlyLikeAnUnknownOne()
    {
        using var client = host.Factory.CreateClient();

        var otherService = await ProblemAsync(client, host.Polres, "/api/v1/services/ktp-el");
        var noService = await ProblemAsync(client, host.Polres, "/api/v1/services/tidak-ada");
        var otherTicket = await ProblemAsync(client, host.Polres, "/api/v1/tickets/" + host.DisdukcapilTicketId);
        var noTicket = await ProblemAsync(client, host.Polres, "/api/v1/tickets/" + Tokens.NewId());

        Assert.Equal(noService, otherService);
        Assert.Equal(noTicket, otherTicket);
        Assert.Equal((404, "NotFound"), (otherTicket.Status, otherTicket.Title));
    }

    [Fact]
    public async Task Read_TicketQueueServiceAndFigures_ShowWhatTheEngineKnows()
    {
        using var client = host.Factory.CreateClient();

        using var ticket = await JsonAsync(client, host.Polres, "/api/v1/tickets/" + host.PolresTicketId);
        using var queue = await JsonAsync(client, host.Mpp, "/api/v1/services/ktp-el/queue");
        using var service = await JsonAsync(client, host.Polres, "/api/v1/services/skck");
        using var figures = await JsonAsync(client, host.Mpp, "/api/v1/figures/today?agencyId=disdukcapil");

        var t = ticket.RootElement;
        Assert.StartsWith("SK", t.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Waiting", 0), (t.GetProperty("status").GetString(), t.GetProperty("peopleAhead").GetInt32()));
        var issue = Assert.Single(t.GetProperty("moves").EnumerateArray());
        Assert.Equal("Issue", issue.GetProperty("kind").GetString());
        Assert.Equal(t.GetProperty("issuedAt").GetDateTimeOffset(), issue.GetProperty("at").GetDateTimeOffset());
        Assert.False(t.TryGetProperty("token", out _));

        var serving = Assert.Single(queue.RootElement.GetProperty("nowServing").EnumerateArray());
        Assert.Equal("Serving", serving.GetProperty("status").GetString());

        var availability = service.RootElement.GetProperty("availability");
        Assert.Equal("Open", availability.GetProperty("state").GetString());
        Assert.Equal(host.Factory.Engine.Availability("skck").QuotaLeft, availability.GetProperty("quotaLeft").GetInt32());
        Assert.True(availability.GetProperty("quotaLeft").GetInt32() < availability.GetProperty("quotaTotal").GetInt32());
        Assert.Contains(service.RootElement.GetProperty("hours").EnumerateArray(), h => h.GetProperty("day").GetString() == "Monday");
        Assert.NotEmpty(service.RootElement.GetProperty("requirementsId").GetString()!);

        var ktp = figures.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("serviceId").GetString() == "ktp-el");
        Assert.Equal((1, 1), (ktp.GetProperty("issued").GetInt32(), ktp.GetProperty("atDesk").GetInt32()));
        Assert.All(figures.RootElement.GetProperty("services").EnumerateArray(), s => Assert.Equal("disdukcapil", s.GetProperty("agencyId").GetString()));
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryApiEndpointAndOnlyThose()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var documented = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var mapped = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(mapped, documented);
        Assert.Equal(_endpoints.Keys.Union(ApiWebhookTests.Routes).Order(StringComparer.Ordinal), mapped);
        Assert.True(document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiClient", out _));
    }

    [Fact]
    public async Task Docs_Page_IsServedAndReadsTheDocument()
    {
        using var client = host.Factory.CreateClient();

        var page = await client.GetStringAsync("/api/docs/");

        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
        Assert.Contains("MppQueue integration API", page, StringComparison.Ordinal);
        using var script = await client.GetAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Page_WithAnApiCredential_IsSentToSignIn()
    {
        using var client = Accounts.Client(host.Factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Mpp);

        await Accounts.AssertSentToSignInAsync(client, "/admin");
    }

    [Fact]
    public async Task Read_OneClientFloods_GetsTooManyRequestsAndAnotherClientStillReads()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string>
        {
            ["MppQueue:Api:Burst"] = "3",
            ["MppQueue:Api:PermitsPerMinute"] = "1",
        });
        var registry = factory.Services.GetRequiredService<ApiClientRegistry>();
        var flooding = registry.Create(new ApiClientRequest("Banjir", null, [ApiOperation.Read]), factory.Engine.Catalog).Credential;
        var other = registry.Create(new ApiClientRequest("Lain", null, [ApiOperation.Read]), factory.Engine.Catalog).Credential;
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await SendAsync(client, flooding, "/api/v1/agencies");
            statuses.Add(response.StatusCode);
        }

        using var refused = await SendAsync(client, flooding, "/api/v1/agencies");
        using var fromOther = await SendAsync(client, other, "/api/v1/agencies");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("TooManyRequests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
    }

    private string Resolve(string path) =>
        path.Replace(PolresTicket, host.PolresTicketId, StringComparison.Ordinal).Replace(DisdukcapilTicket, host.DisdukcapilTicketId, StringComparison.Ordinal);

    private static IEnumerable<string> Check(string who, string path, HttpResponseMessage response, HttpStatusCode status, string? title, string body)
    {
        if (response.StatusCode != status)
        {
            yield return $"{who} on {path}: {(int)response.StatusCode}, expected {(int)status} ({body})";
            yield break;
        }

        var type = response.Content.Headers.ContentType?.MediaType;
        if (title is null)
        {
            if (type != "application/json")
            {
                yield return $"{who} on {path}: {type}, expected JSON";
            }

            yield break;
        }

        using var problem = JsonDocument.Parse(body);
        var actual = problem.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
        if (type != "application/problem+json" || actual != title || !problem.RootElement.TryGetProperty("detail", out _))
        {
            yield return $"{who} on {path}: {type} titled {actual}, expected problem details titled {title}";
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string credential, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return await client.SendAsync(request);
    }

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string credential, string path)
    {
        using var response = await SendAsync(client, credential, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<(int Status, string? Title, string? Detail)> ProblemAsync(HttpClient client, string credential, string path)
    {
        using var response = await SendAsync(client, credential, path);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, problem.RootElement.GetProperty("title").GetString(), problem.RootElement.GetProperty("detail").GetString());
    }
}
