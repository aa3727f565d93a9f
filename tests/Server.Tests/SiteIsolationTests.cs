using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Kiosk.Api;
using MppQueue.PostgresTesting;
using MppQueue.Server.Hubs;
using MppQueue.Server.Tests.Support;
using Npgsql;

namespace MppQueue.Server.Tests;

/// <summary>
/// Two sites of one installation: one PostgreSQL database, each site in its own schema and served by its own node
/// (docs/adr/0023-one-schema-per-site.md). Both start from the demo MPP, so they have the same user names, agencies,
/// desks and zones: still, nothing one site signed, registered or issued opens anything on the other, for any role,
/// page, API endpoint or hub method.
/// </summary>
public sealed class SiteIsolationTests(SiteIsolationTests.TwoSites sites) : IClassFixture<SiteIsolationTests.TwoSites>
{
    public static TheoryData<string, Who> SignedInOnA
    {
        get
        {
            var table = new TheoryData<string, Who>();
            foreach (var route in AuthorizationTableTests.Routes)
            {
                foreach (var who in Enum.GetValues<Who>().Where(w => w != Who.Anonymous))
                {
                    table.Add(route, who);
                }
            }

            return table;
        }
    }

    [Theory]
    [MemberData(nameof(SignedInOnA))]
    public async Task SignInCookieOfSiteA_OnSiteB_EveryProtectedAddressSendsToSignIn(string route, Who who)
    {
        var path = route.Replace(AuthorizationTableTests.TicketPlaceholder, sites.TicketOnA.Id, StringComparison.Ordinal);
        var cookie = await sites.CookieOnAAsync(who);

        using var onB = await TwoSites.GetAsync(sites.B, path, cookie);
        Assert.True(SentToSignIn(onB), $"{who}'s cookie from site A was accepted on site B for {path}: {(int)onB.StatusCode} {onB.Headers.Location}.");
    }

    [Fact]
    public async Task KioskTokenOfSiteA_OnSiteB_IsRefusedAndIssuesNothing()
    {
        using var client = sites.B.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, KioskEndpoints.TicketsPath) { Content = JsonContent.Create(new IssueTicketMessage("ktp-el")) };
        request.Headers.Add(KioskEndpoints.DeviceTokenHeader, sites.KioskOnA.Token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(sites.B.Engine.Snapshot.Tickets);
    }

    [Theory]
    [InlineData("/api/v1/agencies")]
    [InlineData("/api/v1/services")]
    [InlineData("/api/v1/figures/today")]
    [InlineData("/api/v1/webhooks")]
    public async Task ApiCredentialOfSiteA_OnSiteB_Is401(string path)
    {
        using var client = sites.B.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sites.ApiCredentialOnA);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiCredentialOfSiteA_TicketOfSiteA_OnSiteB_NotFoundEvenWithSiteBsOwnCredential()
    {
        using var client = sites.B.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tickets/" + sites.TicketOnA.Id);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sites.ApiCredentialOnB);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TicketTokenOfSiteA_OnSiteB_PageSaysNotFoundAndHubRefuses()
    {
        using var client = sites.B.CreateClient();
        using var onB = await client.GetAsync("/t/" + sites.TicketOnA.Token);
        Assert.Equal(HttpStatusCode.NotFound, onB.StatusCode);
        Assert.Contains("Tiket tidak ditemukan", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknownOnA = await sites.A.CreateClient().GetAsync("/t/not-a-ticket-of-site-a-either");
        Assert.Equal(HttpStatusCode.NotFound, unknownOnA.StatusCode);
        Assert.Contains("Tiket tidak ditemukan", await unknownOnA.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(sites.TicketOnA.Number.ToString(), await sites.A.CreateClient().GetStringAsync("/t/" + sites.TicketOnA.Token), StringComparison.Ordinal);

        await using var hub = sites.B.CreateHubConnection();
        await hub.StartAsync();
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<TicketMessage>("JoinTicket", sites.TicketOnA.Token));
        Assert.Contains("Unknown ticket token", refused.Message, StringComparison.Ordinal);
    }

    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Found
        && response.Headers.Location is { } to
        && (to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString).StartsWith("/account/signin", StringComparison.Ordinal);

    /// <summary>Sites A and B in one database, each seeded with the demo MPP; on A a ticket, a kiosk and an API client.</summary>
    public sealed class TwoSites : IDisposable
    {
        private readonly Dictionary<Who, string> _cookies = [];
        private readonly SemaphoreSlim _signIn = new(1, 1);

        public TwoSites()
        {
            var database = PostgresTestServer.Shared.CreateDatabase("sites", migrated: false);
            A = MppQueueFactory.OnPostgres(new NpgsqlConnectionStringBuilder(database) { SearchPath = "mpp_kota_a" }.ConnectionString);
            B = MppQueueFactory.OnPostgres(new NpgsqlConnectionStringBuilder(database) { SearchPath = "mpp_kota_b" }.ConnectionString);
            TicketOnA = A.IssueAndCall("ktp-el").Ticket;
            KioskOnA = A.Services.GetRequiredService<ScreenRegistry>().Register(new ScreenRegistration("Kiosk utara", "zona-1", ScreenKind.Kiosk), A.Engine.Catalog);
            ApiCredentialOnA = Credential(A);
            ApiCredentialOnB = Credential(B);
        }

        public MppQueueFactory A { get; }

        public MppQueueFactory B { get; }

        public Ticket TicketOnA { get; }

        public ScreenDevice KioskOnA { get; }

        public string ApiCredentialOnA { get; }

        public string ApiCredentialOnB { get; }

        /// <summary>The sign-in cookie site A gave <paramref name="who"/> (signed in once, then kept).</summary>
        public async Task<string> CookieOnAAsync(Who who)
        {
            await _signIn.WaitAsync();
            try
            {
                if (!_cookies.TryGetValue(who, out var cookie))
                {
                    using var client = A.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
                    using var form = await client.GetAsync("/account/signin");
                    using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
                    {
                        Content = new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["_handler"] = "signin",
                            ["__RequestVerificationToken"] = Accounts.Token(await form.Content.ReadAsStringAsync()),
                            ["Input.UserName"] = AuthorizationHost.UserName(who),
                            ["Input.Password"] = Accounts.DemoPassword,
                        }),
                    };
                    post.Headers.Add(HeaderNames.Cookie, Cookies(form));
                    using var signedIn = await client.SendAsync(post);
                    Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
                    cookie = Cookies(signedIn);

                    // On A the cookie signs the person in (the counter's start page is for every account).
                    using var onA = await GetAsync(A, "/counter", cookie);
                    Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
                    _cookies[who] = cookie;
                }

                return cookie;
            }
            finally
            {
                _signIn.Release();
            }
        }

        public static async Task<HttpResponseMessage> GetAsync(MppQueueFactory site, string path, string cookie)
        {
            ArgumentNullException.ThrowIfNull(site);
            using var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(HeaderNames.Cookie, cookie);
            return await client.SendAsync(request);
        }

        public void Dispose()
        {
            _signIn.Dispose();
            A.Dispose();
            B.Dispose();
        }

        private static string Cookies(HttpResponseMessage response) =>
            string.Join("; ", response.Headers.GetValues(HeaderNames.SetCookie).Select(c => c.Split(';')[0]));

        private static string Credential(MppQueueFactory site) => site.Services.GetRequiredService<ApiClientRegistry>()
            .Create(new ApiClientRequest("Uji Polres", "polres", [ApiOperation.Read, ApiOperation.Webhooks]), site.Engine.Catalog).Credential;
    }
}
