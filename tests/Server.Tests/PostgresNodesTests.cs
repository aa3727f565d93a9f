using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using MppQueue.Core;
using Npgsql;
using MppQueue.PostgresTesting;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Two nodes of one installation on one PostgreSQL database (each with its own data folder, as on two machines):
/// what one node signs or protects, the other accepts; and each node's /healthz says whether it can reach the database.
/// </summary>
public class PostgresNodesTests
{
    [Fact]
    public async Task SignIn_FormFromNodeAPostedToNodeB_CookieOpensTheAdministrationOnNodeA()
    {
        var database = PostgresTestServer.Shared.CreateDatabase("nodes");
        using var a = MppQueueFactory.OnPostgres(database);
        using var b = MppQueueFactory.OnPostgres(database);
        using var onA = a.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var onB = b.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        // The antiforgery cookie and token come from A; B must read them to accept the form.
        using var form = await onA.GetAsync("/account/signin");
        var antiforgery = Cookies(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin",
                ["__RequestVerificationToken"] = Accounts.Token(await form.Content.ReadAsStringAsync()),
                ["Input.UserName"] = "admin",
                ["Input.Password"] = Accounts.DemoPassword,
            }),
        };
        post.Headers.Add(HeaderNames.Cookie, antiforgery);
        using var signedIn = await onB.SendAsync(post);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);

        // The sign-in cookie B wrote opens a page on A that needs it.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/admin");
        page.Headers.Add(HeaderNames.Cookie, Cookies(signedIn));
        using var admin = await onA.SendAsync(page);

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);

        // One NIK secret for the installation: a person's bookings are recognised whichever node took them.
        Assert.Equal(a.Services.GetRequiredService<BookingSecret>().Hash("3201000000000001"), b.Services.GetRequiredService<BookingSecret>().Hash("3201000000000001"));
    }

    [Fact]
    public async Task Healthz_DatabaseRefusesConnections_Answers503WithAShortReasonThen200WhenItAcceptsAgain()
    {
        var database = PostgresTestServer.Shared.CreateDatabase("health");
        var name = new NpgsqlConnectionStringBuilder(database).Database!;
        using var factory = MppQueueFactory.OnPostgres(database);
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));

        Admit(name, false);
        using var refused = await client.GetAsync("/healthz");
        Admit(name, true);
        using var again = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("Unhealthy: The database cannot be reached.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    // A database that refuses new sessions, as one whose server is down or full would.
    private static void Admit(string database, bool allow)
    {
        using var connection = new NpgsqlConnection(PostgresTestServer.Shared.ConnectionString("postgres", pooling: false));
        connection.Open();
        using var command = new NpgsqlCommand($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allow ? "true" : "false")}", connection);
        command.ExecuteNonQuery();
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues(HeaderNames.SetCookie).Select(c => c.Split(';')[0]));
}
