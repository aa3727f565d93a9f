using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>An outside hub client that was away asks what its zone missed since the last sequence it saw.</summary>
public class HubResumeTests
{
    [Fact]
    public async Task Missed_AfterBeingAway_GivesTheZonesEventsInOrder_WithNothingPrivate()
    {
        using var factory = new MppQueueFactory();
        var engine = factory.Engine;
        var officer = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.Id == "petugas-samsat");
        var seen = engine.Issue(new IssueRequest("pajak-kendaraan")).LastSequence;

        // While the client is away: work in zone 1 at a Samsat desk, and a ticket of another zone.
        engine.SignInToDesk("loket-09", officer);
        var ticket = engine.Issue(new IssueRequest("pajak-kendaraan"));
        var other = factory.Engine.Catalog.Services.Values.First(s => s.ZoneId != "zona-1" && s.Active);
        engine.Issue(new IssueRequest(other.Id));
        engine.CallSpecific("loket-09", ticket.Id, "Alasan rahasia", officer.Id);
        engine.Finish("loket-09", ticket.Id, officer.Id);
        engine.PauseDesk("loket-09", PauseReason.Other, "Urusan pribadi", officer.Id);

        await using var connection = factory.CreateHubConnection();
        await connection.StartAsync();
        var missed = await connection.InvokeAsync<JsonElement>("Missed", "zona-1", seen);
        var all = await connection.InvokeAsync<JsonElement>("Missed", "zona-1", 0L);

        Assert.True(missed.GetProperty("complete").GetBoolean());
        Assert.False(missed.GetProperty("more").GetBoolean());
        var events = missed.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["desk.opened", "ticket.issued", "ticket.called", "ticket.done", "desk.paused"], events.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(ticket.Number.ToString(), events[2].GetProperty("number").GetString());
        Assert.Equal("loket-09", events[2].GetProperty("deskId").GetString());
        Assert.All(events, e => Assert.True(e.GetProperty("sequence").GetInt64() > seen));
        Assert.Equal(6, all.GetProperty("events").GetArrayLength());
        foreach (var secret in new[] { officer.Id, officer.DisplayName, "rahasia", "pribadi", ticket.Token, ticket.Id })
        {
            Assert.DoesNotContain(secret, missed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        var refused = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => connection.InvokeAsync<JsonElement>("Missed", "zona-99", 0L));
        Assert.Contains("Unknown zone", refused.Message, StringComparison.Ordinal);
    }
}
