using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MppQueue.Core;
using MppQueue.Server.Hubs;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Calls on the hub that are the caller's fault (an unknown zone, an unknown or malformed ticket token) are refused
/// with a short message, cost the log almost nothing, and a connection that keeps making them is cut off. The tests
/// that make a few refused calls each, on their own connection and below the cut-off, share one started server and
/// read only the log written since they began; the one that floods its connection starts its own.
/// </summary>
public class HubRefusalTests(HubRefusalTests.LoggedHost shared) : IClassFixture<HubRefusalTests.LoggedHost>
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(20);

    /// <summary>A server whose log is kept.</summary>
    public sealed class LoggedHost : IDisposable
    {
        private readonly MppQueueFactory _factory = new();

        public LoggedHost() => App = _factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Logs)));

        public CapturingLoggerProvider Logs { get; } = new();

        public WebApplicationFactory<Program> App { get; }

        public void Dispose()
        {
            App.Dispose();
            _factory.Dispose();
            Logs.Dispose();
        }
    }

    [Fact]
    public async Task RefusedCalls_ManyFromOneConnection_LogLittleAndTheConnectionIsClosed()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = new MppQueueFactory();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        await using var connection = CreateHubConnection(host);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        var before = logs.Entries.Count;

        var refused = 0;
        for (var i = 0; i < 200 && connection.State == HubConnectionState.Connected; i++)
        {
            try
            {
                if (i % 2 == 0)
                {
                    await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-" + i);
                }
                else
                {
                    await connection.InvokeAsync<TicketMessage>("JoinTicket", "bukan-token-" + i);
                }
            }
            catch (HubException)
            {
                refused++;
            }
            catch (Exception ex) when (ex is InvalidOperationException or TaskCanceledException or OperationCanceledException or IOException or HttpRequestException)
            {
                // The server has cut the connection off.
                break;
            }
        }

        await closed.Task.WaitAsync(_patience);
        var written = logs.Entries.Skip(before).Where(e => e.Level >= LogLevel.Information).ToList();
        Assert.InRange(refused, 10, 25);
        Assert.DoesNotContain(written, e => e.Exception is not null);
        Assert.InRange(written.Sum(e => e.Length), 0, 1_000);
        Assert.Contains(written, e => e.Level == LogLevel.Warning && e.Message.Contains("refused", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task JoinZone_AfterAFewRefusals_StillWorksAndTheConnectionStaysOpen()
    {
        var ticket = shared.App.Services.GetRequiredService<QueueEngine>().Issue(new IssueRequest("ktp-el"));
        await using var connection = CreateHubConnection(shared.App);
        await connection.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-99"));
        }

        var zone = await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-1");
        var joined = await connection.InvokeAsync<TicketMessage>("JoinTicket", ticket.Token);

        Assert.Equal("zona-1", zone.ZoneId);
        Assert.Equal(ticket.Number.ToString(), joined.Number);
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u0000\u0001")]
    [InlineData("sangat-panjang-sangat-panjang-sangat-panjang-sangat-panjang-sangat-panjang-sangat-panjang-sangat-panjang-sangat-panjang-sangat-panjang")]
    public async Task JoinTicket_MalformedToken_IsRefusedWithAShortClearMessage(string? token)
    {
        var logs = shared.Logs;
        await using var connection = CreateHubConnection(shared.App);
        await connection.StartAsync();
        var before = logs.Entries.Count;

        var refusal = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<TicketMessage>("JoinTicket", token));

        Assert.Contains("ticket token", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(refusal.Message.Length, 10, 200);
        Assert.DoesNotContain(logs.Entries.Skip(before), e => e.Level >= LogLevel.Warning);
    }

    private static HubConnection CreateHubConnection(WebApplicationFactory<Program> host) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, QueueHub.Path.TrimStart('/')), options =>
            {
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
            })
            .Build();
}
