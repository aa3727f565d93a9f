using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Display;
using MppQueue.Kiosk;
using MppQueue.Server.Auth;
using MppQueue.Server.Hosting;

namespace MppQueue.Server.Tests;

/// <summary>
/// Every setting is bound one way and checked when the host starts: a bad value stops the start with a message that
/// names the setting as it is written in configuration; the defaults start.
/// </summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData("MppQueue:Command:PausedTooLongMinutes", "0", "MppQueue:Command:PausedTooLongMinutes must be between 1 and 1440 (it is 0).")]
    [InlineData("MppQueue:Command:RefreshSeconds", "3600", "MppQueue:Command:RefreshSeconds must be between 2 and 600 (it is 3600).")]
    [InlineData("MppQueue:Display:HeartbeatSeconds", "0", "MppQueue:Display:HeartbeatSeconds must be between 1 and 300 (it is 0).")]
    [InlineData("MppQueue:Display:PreviousCalls", "25", "MppQueue:Display:PreviousCalls must be between 1 and 10 (it is 25).")]
    [InlineData("MppQueue:Kiosk:IdleSeconds", "2", "MppQueue:Kiosk:IdleSeconds must be between 5 and 600 (it is 2).")]
    [InlineData("MppQueue:Kiosk:PaperWidth", "76", "MppQueue:Kiosk:PaperWidth must be 58 or 80 (it is 76).")]
    [InlineData("MppQueue:Kiosk:Devices:kiosk-2:PaperWidth", "110", "MppQueue:Kiosk:Devices:kiosk-2:PaperWidth must be 58 or 80 (it is 110).")]
    [InlineData("MppQueue:Kiosk:IssuePerMinute", "0", "MppQueue:Kiosk:IssuePerMinute must be between 1 and 100000 (it is 0).")]
    [InlineData("MppQueue:Kiosk:PublicBaseUrl", "ftp://192.168.1.10/", "MppQueue:Kiosk:PublicBaseUrl must be an http or https address")]
    [InlineData("MppQueue:PublicBaseUrl", "mpp.example.go.id", "MppQueue:PublicBaseUrl must be an http or https address")]
    [InlineData("MppQueue:DemoPassword", " ", "MppQueue:DemoPassword must not be empty while MppQueue:SeedDemo is true.")]
    [InlineData("MppQueue:SignIn:MaxFailuresPerUser", "0", "MppQueue:SignIn:MaxFailuresPerUser must be between 1 and 1000 (it is 0).")]
    [InlineData("MppQueue:SignIn:Lockout", "00:00:00", "MppQueue:SignIn:Lockout must be longer than 00:00:00 and at most 1.00:00:00 (it is 00:00:00).")]
    [InlineData("MppQueue:Security:HstsMaxAgeDays", "-1", "MppQueue:Security:HstsMaxAgeDays must not be negative.")]
    [InlineData("MppQueue:Proxy:KnownProxies:0", "nginx.local", "MppQueue:Proxy:KnownProxies must list IP addresses")]
    [InlineData("MppQueue:Storage:Provider", "PostgreSql", "MppQueue:Storage:ConnectionString must be set while MppQueue:Storage:Provider is PostgreSql")]
    [InlineData("MppQueue:Storage:Provider", "Oracle", "MppQueue:Storage:Provider")]
    public void Start_BadSetting_StopsWithAMessageThatNamesIt(string key, string value, string message)
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string> { [key] = value });

        var refused = factory.StartFailure();

        Assert.Contains(message, refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Defaults_StartsWithEverySettingAsDocumented()
    {
        using var factory = new MppQueueFactory();
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var services = factory.Services;
        Assert.Equal(15, services.GetRequiredService<IOptions<CommandOptions>>().Value.PausedTooLongMinutes);
        Assert.Equal(5, services.GetRequiredService<IOptions<CommandOptions>>().Value.IdleWhileWaitingMinutes);
        Assert.Equal(10, services.GetRequiredService<IOptions<DisplayOptions>>().Value.HeartbeatSeconds);
        Assert.Equal(80, services.GetRequiredService<IOptions<KioskOptions>>().Value.PaperWidth);
        Assert.Equal(5, services.GetRequiredService<IOptions<SignInOptions>>().Value.MaxFailuresPerUser);
        Assert.Equal(180, services.GetRequiredService<IOptions<SecurityOptions>>().Value.HstsMaxAgeDays);
        Assert.True(services.GetRequiredService<IOptions<MppQueueOptions>>().Value.SeedDemo);
        Assert.Equal(ScreenRegistry.DefaultStaleAfter, services.GetRequiredService<ScreenRegistry>().StaleAfter);
    }

    [Fact]
    public void Start_DisplayStaleAfter_IsWhatCoresRegistryOfScreensUses()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string> { ["MppQueue:Display:StaleAfterSeconds"] = "120" });

        Assert.Equal(TimeSpan.FromSeconds(120), factory.Services.GetRequiredService<ScreenRegistry>().StaleAfter);
    }

    [Fact]
    public void Start_PublicBaseUrl_ReachesTheKioskUnlessItsOwnSectionGivesOne()
    {
        using var shared = new MppQueueFactory(settings: new Dictionary<string, string> { ["MppQueue:PublicBaseUrl"] = "http://192.168.1.10:5000/" });
        using var own = new MppQueueFactory(settings: new Dictionary<string, string>
        {
            ["MppQueue:PublicBaseUrl"] = "http://192.168.1.10:5000/",
            ["MppQueue:Kiosk:PublicBaseUrl"] = "http://10.0.0.2/",
        });

        Assert.Equal(new Uri("http://192.168.1.10:5000/"), shared.Services.GetRequiredService<IOptions<KioskOptions>>().Value.PublicBaseUrl);
        Assert.Equal(new Uri("http://10.0.0.2/"), own.Services.GetRequiredService<IOptions<KioskOptions>>().Value.PublicBaseUrl);
    }
}
