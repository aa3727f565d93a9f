using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>Registers wall screens and makes calls on a running app, as a technician and an officer would.</summary>
public static class Screens
{
    public static ScreenDevice Register(MppQueueFactory factory, string zoneId = "zona-1", bool speaker = true, ScreenKind kind = ScreenKind.Zone, string? deskId = null) =>
        factory.Services.GetRequiredService<ScreenRegistry>().Register(
            new ScreenRegistration("TV uji " + zoneId, kind == ScreenKind.Desk ? string.Empty : zoneId, kind, deskId, speaker),
            factory.Engine.Catalog);

    public static ScreenRegistry Registry(MppQueueFactory factory) => factory.Services.GetRequiredService<ScreenRegistry>();

    /// <summary>Issues a ticket for the service and has the desk call it; returns the called ticket.</summary>
    public static Ticket IssueAndCall(QueueEngine engine, string serviceId, string deskId)
    {
        var issued = engine.Issue(new IssueRequest(serviceId));
        var called = engine.CallNext(deskId);
        Assert.Equal(issued.Id, called.Id);
        return called;
    }

    /// <summary>The clips a call to this desk is announced with (whole numbers, as screens read by default).</summary>
    public static IReadOnlyList<string> ClipsOf(Ticket ticket, QueueEngine engine) =>
        CallAnnouncement.For(ticket.Number, engine.Catalog.Desks[ticket.DeskId!].Number).Clips;
}
