using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Api;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The integration API (/api/v1): every endpoint against every kind of caller (nobody, a wrong secret, a revoked
/// client, a renewed client's old and new secret, the officers' cookie, a client without the read operation, an
/// agency's client on its own and another agency's data, a client for the whole MPP; for a write, a client without its
/// operation and the one client that may, which changes something once), its OpenAPI document and reference page,
/// what it reads, and the rate per client. One host for the class.
/// </summary>
public sealed class ApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string PolresTicket = "{polresTicket}";
    private const string DisdukcapilTicket = "{disdukcapilTicket}";
    private const string Tomorrow = "{tomorrow}";
    private const string Today = "{today}";
    private const string ToCancel = "{toCancel}";
    private const string ToMove = "{toMove}";

    // Every /api/v1 endpoint, as "METHOD route" as mapped: the operation it needs, a request for Polres's own data (a
    // path and a JSON body), one for Disdukcapil's (null when the endpoint names no agency's thing), and what Polres's
    // client with the operation gets. The OpenAPI test checks that this list and the mapped endpoints agree.
    private static readonly Dictionary<string, Call> _endpoints = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/agencies"] = Call.Read("/api/v1/agencies", null),
        ["GET /api/v1/agencies/{agencyId}"] = Call.Read("/api/v1/agencies/polres", "/api/v1/agencies/disdukcapil"),
        ["GET /api/v1/services"] = Call.Read("/api/v1/services", "/api/v1/services?agencyId=disdukcapil"),
        ["GET /api/v1/services/{serviceId}"] = Call.Read("/api/v1/services/skck", "/api/v1/services/ktp-el"),
        ["GET /api/v1/services/{serviceId}/queue"] = Call.Read("/api/v1/services/skck/queue", "/api/v1/services/ktp-el/queue"),
        ["GET /api/v1/services/{serviceId}/sessions"] = Call.Read("/api/v1/services/skck/sessions?date=" + Tomorrow, "/api/v1/services/ktp-el/sessions?date=" + Tomorrow),
        ["GET /api/v1/tickets/{ticketId}"] = Call.Read("/api/v1/tickets/" + PolresTicket, "/api/v1/tickets/" + DisdukcapilTicket),
        ["GET /api/v1/figures/today"] = Call.Read("/api/v1/figures/today", "/api/v1/figures/today?agencyId=disdukcapil"),
        ["POST /api/v1/bookings"] = new(ApiOperation.Bookings, "/api/v1/bookings", "/api/v1/bookings", HttpStatusCode.Created,
            $$"""{"serviceId":"skck","date":"{{Tomorrow}}","sessionStart":"10:00","phone":"081277770003","nik":"3201000000000003"}""",
            $$"""{"serviceId":"ktp-el","date":"{{Tomorrow}}","sessionStart":"09:00","phone":"081277770003","nik":"3201000000000003"}"""),
        ["GET /api/v1/bookings/{code}"] = new(ApiOperation.Bookings, "/api/v1/bookings/" + ToMove, "/api/v1/bookings/" + ApiHost.DisdukcapilBooking, HttpStatusCode.OK),
        ["POST /api/v1/bookings/{code}/cancel"] = new(ApiOperation.Bookings, "/api/v1/bookings/" + ToCancel + "/cancel", "/api/v1/bookings/" + ApiHost.DisdukcapilBooking + "/cancel", HttpStatusCode.OK),
        ["POST /api/v1/bookings/{code}/move"] = new(ApiOperation.Bookings, "/api/v1/bookings/" + ToMove + "/move", "/api/v1/bookings/" + ApiHost.DisdukcapilBooking + "/move", HttpStatusCode.OK,
            $$"""{"date":"{{Tomorrow}}","sessionStart":"13:00"}""",
            $$"""{"date":"{{Tomorrow}}","sessionStart":"13:00"}"""),
        ["POST /api/v1/agency-codes"] = new(ApiOperation.Bookings, "/api/v1/agency-codes", "/api/v1/agency-codes", HttpStatusCode.OK,
            $$"""{"bookings":[{"code":"POLRESMATRIX1","serviceId":"skck","date":"{{Today}}","sessionStart":"13:00","sessionEnd":"14:00"}]}""",
            $$"""{"bookings":[{"code":"POLRESMATRIX2","serviceId":"ktp-el","date":"{{Today}}","sessionStart":"13:00","sessionEnd":"14:00"}]}"""),
        ["POST /api/v1/tickets"] = new(ApiOperation.Tickets, "/api/v1/tickets", "/api/v1/tickets", HttpStatusCode.Created,
            """{"serviceId":"skck"}""",
            """{"serviceId":"ktp-el"}"""),
    };

    public static TheoryData<string> Endpoints => [.. _endpoints.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryKindOfCaller_GetsItsOwnAnswer(string endpoint)
    {
        var call = _endpoints[endpoint];
        var method = new HttpMethod(endpoint.Split(' ')[0]);
        var own = Resolve(call.Own);
        var cases = new List<(string Who, string? Credential, string Path, string? Body, HttpStatusCode Status, string? Title)>
        {
            ("nobody", null, own, call.OwnBody, HttpStatusCode.Unauthorized, "Unauthenticated"),
            ("a wrong secret", host.WrongSecret, own, call.OwnBody, HttpStatusCode.Unauthorized, "InvalidCredential"),
            ("a revoked client", host.Revoked, own, call.OwnBody, HttpStatusCode.Unauthorized, "InvalidCredential"),
            ("a renewed client's old secret", host.RenewedOld, own, call.OwnBody, HttpStatusCode.Unauthorized, "InvalidCredential"),
        };
        if (call.Operation == ApiOperation.Read)
        {
            cases.Add(("a renewed client's new secret", host.RenewedNew, own, null, HttpStatusCode.OK, null));
            cases.Add(("a client without the read operation", host.WithoutRead, own, null, HttpStatusCode.Forbidden, "OperationNotAllowed"));
            cases.Add(("Polres's client", host.Polres, own, null, HttpStatusCode.OK, null));
            cases.Add(("the MPP's client", host.Mpp, own, null, HttpStatusCode.OK, null));
            if (call.Other is not null)
            {
                cases.Add(("Polres's client on Disdukcapil's", host.Polres, Resolve(call.Other), null, HttpStatusCode.NotFound, "NotFound"));
                cases.Add(("the MPP's client on Disdukcapil's", host.Mpp, Resolve(call.Other), null, HttpStatusCode.OK, null));
            }
        }
        else
        {
            var (allowed, without) = call.Operation == ApiOperation.Bookings ? (host.PolresBookings, host.PolresTickets) : (host.PolresTickets, host.PolresBookings);
            cases.Add(("Polres's reader (no " + call.Operation + ")", host.Polres, own, call.OwnBody, HttpStatusCode.Forbidden, "OperationNotAllowed"));
            cases.Add(("Polres's client without " + call.Operation, without, own, call.OwnBody, HttpStatusCode.Forbidden, "OperationNotAllowed"));
            cases.Add(("a renewed client's new secret (a reader)", host.RenewedNew, own, call.OwnBody, HttpStatusCode.Forbidden, "OperationNotAllowed"));
            cases.Add(("the MPP's client (read-only)", host.Mpp, own, call.OwnBody, HttpStatusCode.Forbidden, "OperationNotAllowed"));
            cases.Add(("the MPP's client on Disdukcapil's", host.Mpp, Resolve(call.Other!), call.OtherBody, HttpStatusCode.Forbidden, "OperationNotAllowed"));
            cases.Add(("Polres's client on Disdukcapil's", allowed, Resolve(call.Other!), call.OtherBody, HttpStatusCode.NotFound, "NotFound"));

            // Last: the one call that changes something.
            cases.Add(("Polres's client with " + call.Operation, allowed, own, call.OwnBody, call.Success, null));
        }

        using var client = host.Factory.CreateClient();
        var failures = new List<string>();
        foreach (var (who, credential, path, body, status, title) in cases)
        {
            using var request = Request(method, credential, path, body is null ? null : Resolve(body));
            using var response = await client.SendAsync(request);
            failures.AddRange(Check(who, path, response, status, title, await response.Content.ReadAsStringAsync()));
        }

        // The officers' own sign-in opens pages, never the API.
        var cookie = await host.AdminCookieAsync();
        using var cookieRequest = Request(method, null, own, call.OwnBody is null ? null : Resolve(call.OwnBody));
        using (var withCookie = await cookie.SendAsync(cookieRequest))
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
    public void Queue_AfterClosingTime_WithADeskStillOpen_PromisesNoWaitForANewTicket()
    {
        // Monday 23 November: the KTP-el desk is held all day; at 10:00 tickets are given, at 20:00 no longer.
        var catalog = host.Factory.Engine.Catalog;
        var zone = catalog.Site.TimeZone;
        var monday = new DateOnly(2026, 11, 23);
        DateTimeOffset At(int hour) => SiteClock.ToInstant(monday, new TimeOnly(hour, 0), zone);
        var held = new DeskState { DeskId = "loket-01", SignedInOfficerId = "petugas.disdukcapil", SignedInAt = At(8) };
        var snapshot = TodaySnapshot.Derive(catalog, monday, 1, At(10), [], [held]);
        var ktp = catalog.Services["ktp-el"];

        var open = ApiViews.Queue(ktp, snapshot, At(10));
        var closed = ApiViews.Queue(ktp, snapshot, At(20));

        Assert.Equal(("Open", 1), (open.Availability.State, open.DesksOpen));
        Assert.NotNull(open.WaitForNewTicket);
        Assert.Equal(("ClosedForToday", 1), (closed.Availability.State, closed.DesksOpen));
        Assert.Null(closed.WaitForNewTicket);
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
        var all = _endpoints.Keys.Union(ApiWebhookTests.Operations).ToList();
        Assert.Equal(all.Select(k => k.Split(' ')[1]).Distinct().Order(StringComparer.Ordinal), mapped);
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch").Select(o => o.Name.ToUpperInvariant() + " " + p.Name))
            .Order(StringComparer.Ordinal);
        Assert.Equal(all.Order(StringComparer.Ordinal), operations);
        Assert.True(document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiClient", out _));
    }

    [Fact]
    public void EveryChangeThroughTheApi_ReadsInWordsInTheAuditTrail()
    {
        var changes = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Where(c => c.Method is not ("GET" or "HEAD"))
            .ToList();

        Assert.NotEmpty(changes);
        Assert.All(changes, c =>
        {
            var key = Admin.People.AuditWords.ApiCallKey(c.Method, c.Route);
            Assert.True(key is not null, c.Method + " " + c.Route + " has no words in the audit trail (AuditWords.ApiCallKey)");
            foreach (var culture in new[] { "id", "en" })
            {
                Assert.False(string.IsNullOrEmpty(Admin.AuditText.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(culture), true, false)?.GetString(key)), key + " in " + culture);
            }
        });
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

    [Fact]
    public async Task Write_BodiesThatCannotBeRead_CountAgainstTheClientsBucketToo()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string>
        {
            ["MppQueue:Api:Burst"] = "3",
            ["MppQueue:Api:PermitsPerMinute"] = "1",
        });
        var flooding = factory.Services.GetRequiredService<ApiClientRegistry>()
            .Create(new ApiClientRequest("Banjir", null, [ApiOperation.Read]), factory.Engine.Catalog).Credential;
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", flooding);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    private string Resolve(string path) => path
        .Replace(PolresTicket, host.PolresTicketId, StringComparison.Ordinal)
        .Replace(DisdukcapilTicket, host.DisdukcapilTicketId, StringComparison.Ordinal)
        .Replace(Tomorrow, host.Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace(Today, host.Factory.Engine.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace(ToCancel, host.PolresBookingToCancel, StringComparison.Ordinal)
        .Replace(ToMove, host.PolresBookingToMove, StringComparison.Ordinal);

    // A write carries its JSON body and a new Idempotency-Key each time (the key is required, and the matrix is not about replays).
    private static HttpRequestMessage Request(HttpMethod method, string? credential, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (method == HttpMethod.Post)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            request.Content = new StringContent(body ?? "{}", System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }

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

    /// <summary>One endpoint of the matrix: the operation it needs, Polres's own request and Disdukcapil's, and the success status.</summary>
    private sealed record Call(ApiOperation Operation, string Own, string? Other, HttpStatusCode Success, string? OwnBody = null, string? OtherBody = null)
    {
        public static Call Read(string own, string? other) => new(ApiOperation.Read, own, other, HttpStatusCode.OK);
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
