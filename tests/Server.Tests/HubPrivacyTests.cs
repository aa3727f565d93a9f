using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Hubs;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The hub has no method that changes a queue: every move is made at a desk, by its signed-in officer, in the counter's
/// live page. Its read methods (JoinZone, JoinTicket, LeaveZone, Missed) are open to anyone by design, for wall screens and
/// phones; what they hand out must then be public: numbers, desks and services, never who worked a desk or what they wrote.
/// </summary>
public class HubPrivacyTests
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(15);

    [Fact]
    public void QueueHub_HasNoMethodBeyondTheFourReadOnlyOnes()
    {
        var methods = typeof(QueueHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Select(m => m.GetCustomAttributes(typeof(Microsoft.AspNetCore.SignalR.HubMethodNameAttribute), false)
                .OfType<Microsoft.AspNetCore.SignalR.HubMethodNameAttribute>().SingleOrDefault()?.Name ?? m.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["JoinTicket", "JoinZone", "LeaveZone", "Missed"], methods);
    }

    [Fact]
    public async Task JoinZone_DeskWork_ReachesWatchersWithoutOfficersReasonsOrNotes()
    {
        using var factory = new MppQueueFactory();
        var engine = factory.Engine;
        var officer = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.Id == "petugas-samsat");
        var desk = engine.Catalog.Desks["loket-09"];
        var first = engine.Issue(new IssueRequest("pajak-kendaraan"));
        var second = engine.Issue(new IssueRequest("pajak-kendaraan"));
        await using var connection = factory.CreateHubConnection();
        var heard = new List<string>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>(nameof(IQueueClient.Called), m => Hear(m));
        connection.On<JsonElement>(nameof(IQueueClient.QueueChanged), m => Hear(m));
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<JsonElement>("JoinZone", "zona-1");

        engine.SignInToDesk(desk.Id, officer);
        engine.CallSpecific(desk.Id, second.Id, "Alasan rahasia petugas", officer.Id);
        engine.Transfer(desk.Id, second.Id, "skck", officer.Id, "Catatan rahasia transfer");
        engine.PauseDesk(desk.Id, PauseReason.Other, "Urusan pribadi", officer.Id);
        engine.ResumeDesk(desk.Id, officer.Id);
        engine.CallNext(desk.Id, officer.Id);
        await done.Task.WaitAsync(_patience);

        var everything = string.Join('\n', heard.Append(joined.GetRawText()));
        Assert.Contains(first.Number.ToString(), everything, StringComparison.Ordinal);
        foreach (var secret in new[] { officer.Id, officer.UserName, officer.DisplayName, "rahasia", "pribadi", first.Token, second.Token })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }

        void Hear(JsonElement message)
        {
            lock (heard)
            {
                heard.Add(message.GetRawText());
                if (message.TryGetProperty("number", out var number) && number.GetString() == first.Number.ToString()
                    && message.TryGetProperty("deskNumber", out _))
                {
                    done.TrySetResult();
                }
            }
        }
    }
}
