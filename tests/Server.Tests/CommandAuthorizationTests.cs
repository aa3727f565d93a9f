using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The Command Center and its wall mode over HTTP: nobody is sent to sign in, officers are refused, supervisors get
/// the building (an agency's supervisor only their agency), and its alert threshold comes from configuration. The
/// tests only add tickets and read what is there, so they share one started server; the other threshold starts its own.
/// </summary>
public class CommandAuthorizationTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public async Task Get_MppSupervisorOrAdmin_SeesEveryAgencyWithTodaysFigures(string userName)
    {
        var factory = host.Factory;
        factory.Engine.Issue(new IssueRequest("ktp-el"));
        factory.Engine.Issue(new IssueRequest("paspor"));
        using var client = await Accounts.SignedInAsync(factory, userName);

        using var response = await client.GetAsync("/command");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pusat Komando", page, StringComparison.Ordinal);
        Assert.Contains("data-agency-id=\"disdukcapil\"", page, StringComparison.Ordinal);
        Assert.Contains("data-agency-id=\"imigrasi\"", page, StringComparison.Ordinal);
        Assert.Contains("data-service-id=\"paspor\"", page, StringComparison.Ordinal);
        Assert.Contains("data-day=\"2026-11-23\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Wall_Supervisor_IsServedWithoutTheAppBar()
    {
        var factory = host.Factory;
        using var client = await Accounts.SignedInAsync(factory, "supervisor");

        using var response = await client.GetAsync("/command/wall");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"command-wall\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"admin-nav\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"mud-appbar", page, StringComparison.Ordinal);
        Assert.Contains("class=\"mud-appbar", await client.GetStringAsync("/command"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/command")]
    [InlineData("/command/wall")]
    public async Task Get_AgencySupervisor_SeesOnlyTheirAgency(string path)
    {
        var factory = host.Factory;
        factory.Engine.Issue(new IssueRequest("paspor"));
        using var client = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");

        var page = await client.GetStringAsync(path);

        Assert.Contains("data-agency-id=\"disdukcapil\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-agency-id=\"imigrasi\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-service-id=\"paspor\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandCenter_ThresholdInConfiguration_IsUsed()
    {
        var defaults = host.Factory;
        using var other = new MppQueueFactory();
        using var configured = other.WithWebHostBuilder(b => b.UseSetting("MppQueue:Command:PausedTooLongMinutes", "5"));

        Assert.Equal(TimeSpan.FromMinutes(15), defaults.Services.GetRequiredService<CommandCenter>().Options.PausedTooLong);
        Assert.Equal(TimeSpan.FromMinutes(5), configured.Services.GetRequiredService<CommandCenter>().Options.PausedTooLong);
    }
}
