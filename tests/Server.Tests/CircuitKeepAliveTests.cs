using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Server.Tests.Support;
using MppQueue.Ui;

namespace MppQueue.Server.Tests;

/// <summary>
/// The server pings a quiet page every 30 s and gives a silent page up after two minutes; the page pings every 60 s and
/// gives a silent server up after one.
/// </summary>
public class CircuitKeepAliveTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public void PagesHub_PingsAndPatience_AreCircuitKeepAlives()
    {
        // The pages' hub is the framework's own (internal) type: its options are found by its name.
        var hub = Type.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub, Microsoft.AspNetCore.Components.Server", throwOnError: true)!;
        var options = (IOptions<HubOptions>)shared.Factory.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));

        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(120)), (options.Value.KeepAliveInterval, options.Value.ClientTimeoutInterval));
        Assert.Equal((CircuitKeepAlive.ServerPing, CircuitKeepAlive.ServerTimeout), (options.Value.KeepAliveInterval, options.Value.ClientTimeoutInterval));
    }

    [Theory]
    [InlineData("/kiosk")]
    [InlineData("/display/zona-1")]
    [InlineData("/account/signin")]
    public async Task Page_ReconnectScript_CarriesTheSameFigures(string path)
    {
        using var client = Accounts.Client(shared.Factory);

        var html = await client.GetStringAsync(path);

        Assert.Matches("<script src=\"[^\"]*reconnect[^\"]*\\.js\" data-ping-seconds=\"60\" data-timeout-seconds=\"60\"></script>", html);
    }
}
