using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>What an operator meets first: a landing page that leads everywhere, sign-in that lands on one's own work, a favicon, a plain word about the demo clock.</summary>
public class OperatorFirstTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Home_Anonymous_LinksEveryScreenAPersonMayOpen()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        foreach (var path in new[] { "/kiosk", "/counter", "/display", "/account/signin", "/admin", "/command", "/display/screens", "/reports", "/reports/ikm", "/counter/tickets" })
        {
            Assert.Contains($"href=\"{path}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("admin", "/admin")]
    [InlineData("supervisor.disdukcapil", "/admin")]
    [InlineData("petugas.imigrasi", "/counter")]
    public async Task SignIn_NoPageAskedFor_LandsOnTheirOwnWork(string userName, string home)
    {
        var factory = host.Factory;
        using var client = Accounts.Client(factory);

        using var response = await Accounts.PostSignInAsync(client, userName, Accounts.DemoPassword);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(home, response.Headers.Location?.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeskList_AdminSignedIn_OffersTheWayToTheAdministration()
    {
        var factory = host.Factory;
        using var admin = await Accounts.SignedInAsync(factory, "admin");
        using var officer = await Accounts.SignedInAsync(factory, "petugas.imigrasi");

        var adminPage = await admin.GetStringAsync("/counter");
        var officerPage = await officer.GetStringAsync("/counter");

        Assert.Contains("data-testid=\"staff-admin\"", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"staff-admin\"", officerPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"staff-counter\"", officerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_HasAFavicon_ThatIsServed()
    {
        var factory = host.Factory;
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");
        var href = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"icon\"[^>]* href=\"([^\"]+)\"").Groups[1].Value;
        using var icon = await client.GetAsync(href);

        Assert.StartsWith("favicon", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_DemoClockSet_SaysSoInTheLog()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new MppQueueFactory();
        using var logged = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        _ = logged.Services.GetRequiredService<QueueEngine>();

        Assert.Contains(logs.Entries, l => l.Level == LogLevel.Warning && l.Message.Contains("demo clock is in force", StringComparison.Ordinal) && l.Message.Contains("2026-11-23T09:00:00", StringComparison.Ordinal));
    }
}
