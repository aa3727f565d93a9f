using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Kiosk.Api;
using MppQueue.Kiosk.Devices;
using MppQueue.PostgresTesting;
using MppQueue.Server.Hubs;
using MppQueue.Server.Tests.Support;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Tests;

/// <summary>
/// The whole server on PostgreSQL (MppQueue:Storage:Provider=PostgreSql): an empty database gets the demo MPP, a ticket
/// issued at a kiosk and called at a desk survives a restart, a call made on one node reaches a hub client of another
/// node on the same database, backups are refused with a reason. The rest of the server
/// suite runs on LiteDB; the stores' contract tests prove each port on both.
/// </summary>
public class PostgresHostTests
{
    [Fact]
    public async Task IssueAtKioskCallAtDesk_HostRestartedOnTheSameDatabase_TicketAndNumberingCarryOnAndNoSecondDemo()
    {
        var database = PostgresTestServer.Shared.CreateDatabase("host", migrated: false);
        string token;
        string deskId;
        int officers;
        using (var first = MppQueueFactory.OnPostgres(database))
        {
            Assert.IsType<PostgresTicketStore>(first.Services.GetRequiredService<IQueueStore>());
            Assert.Equal(DemoMpp.SiteName, first.Engine.Catalog.Site.Name);
            var kiosk = first.Services.GetRequiredService<ScreenRegistry>().Register(new ScreenRegistration("Kiosk utara", "zona-1", ScreenKind.Kiosk), first.Engine.Catalog);
            using var client = first.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, KioskEndpoints.TicketsPath) { Content = JsonContent.Create(new IssueTicketMessage("ktp-el")) };
            request.Headers.Add(KioskEndpoints.DeviceTokenHeader, kiosk.Token);

            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var issued = (await response.Content.ReadFromJsonAsync<KioskTicketMessage>())!;
            var desk = first.DeskFor("ktp-el");
            var called = first.Engine.CallNext(desk.Id);

            Assert.Equal(issued.Number, called.Number.ToString());
            token = called.Token;
            deskId = desk.Id;
            officers = first.Services.GetRequiredService<IQueueStore>().LoadOfficers().Count;
        }

        using var second = MppQueueFactory.OnPostgres(database);
        var again = second.Engine.FindByToken(token);

        Assert.NotNull(again);
        Assert.Equal(TicketStatus.Called, again.Status);
        Assert.Equal(deskId, again.DeskId);
        Assert.Equal("A002", second.Engine.Issue(new IssueRequest("ktp-el")).Number.ToString());
        Assert.Equal(officers, second.Services.GetRequiredService<IQueueStore>().LoadOfficers().Count);
        Assert.Single(second.Services.GetRequiredService<IJournalStore>().ReadJournal(0, 1000), e => e.Type == JournalEventType.TicketIssued && e.TicketId == again.Id);
    }

    [Fact]
    public async Task CallOnNodeA_HubClientOnNodeBOfTheSameDatabase_HearsTheCall()
    {
        var database = PostgresTestServer.Shared.CreateDatabase("two-hosts", migrated: false);
        using var nodeA = MppQueueFactory.OnPostgres(database);
        _ = nodeA.Engine.Catalog;
        using var nodeB = MppQueueFactory.OnPostgres(database);
        await using var connection = nodeB.CreateHubConnection();
        var received = new TaskCompletionSource<CallMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<CallMessage>(nameof(IQueueClient.Called), call => received.TrySetResult(call));
        await connection.StartAsync();
        await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-1");

        var (ticket, desk) = nodeA.IssueAndCall("ktp-el");
        var call = await received.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(ticket.Number.ToString(), call.Number);
        Assert.Equal(desk.Id, call.DeskId);
        Assert.Equal(TicketStatus.Called, nodeB.Engine.Snapshot.Find(ticket.Id)?.Status);
    }

    [Fact]
    public async Task BackupDownload_OnPostgres_IsRefusedWithTheReasonInIndonesian()
    {
        using var factory = MppQueueFactory.OnPostgres(PostgresTestServer.Shared.CreateDatabase("backup"));
        using var admin = await Accounts.SignedInAsync(factory, "admin");

        using var response = await admin.GetAsync("/admin/backup/download");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("pg_dump", body, StringComparison.Ordinal);
        Assert.Contains("Basis data PostgreSQL tidak diunduh", body, StringComparison.Ordinal);
    }
}
