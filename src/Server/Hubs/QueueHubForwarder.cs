using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using MppQueue.Core;

namespace MppQueue.Server.Hubs;

/// <summary>
/// Carries the notifier's events to the hub's groups. The notifier calls us inside the engine's lock, so the
/// callback only writes to an unbounded channel (never blocks, never fails); a background loop sends.
/// </summary>
public sealed class QueueHubForwarder(
    QueueNotifier notifier,
    QueueEngine engine,
    IHubContext<QueueHub, IQueueClient> hub,
    ILogger<QueueHubForwarder> logger) : BackgroundService
{
    private readonly Channel<QueueEvent> _events = Channel.CreateUnbounded<QueueEvent>(new UnboundedChannelOptions { SingleReader = true });
    private IDisposable? _subscription;

    /// <summary>Subscribes before the host starts serving, so no event of a started app is missed.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = notifier.Subscribe(e => _events.Writer.TryWrite(e));
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _events.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _subscription?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var queueEvent in _events.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ForwardAsync(queueEvent);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One event that cannot be sent must not stop the ones after it.
                    logger.LogWarning(ex, "Could not forward queue event {Sequence} ({Kind}) to the hub.", queueEvent.Sequence, queueEvent.Kind);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task ForwardAsync(QueueEvent queueEvent)
    {
        var catalog = engine.Catalog;
        if (queueEvent.ZoneId is { } zoneId)
        {
            var zone = hub.Clients.Group(QueueGroups.Zone(zoneId));
            var isCall = queueEvent.Kind is QueueEventKind.TicketCalled or QueueEventKind.TicketRecalled or QueueEventKind.TicketResumed;
            if (isCall && queueEvent.Ticket is { } called
                && HubMessages.Call(called, catalog, queueEvent.Sequence, queueEvent.Kind == QueueEventKind.TicketRecalled) is { } call)
            {
                await zone.Called(call);
            }
            else
            {
                await zone.QueueChanged(HubMessages.Changed(queueEvent, zoneId));
            }
        }

        if (queueEvent.Ticket is { } ticket)
        {
            await hub.Clients.Group(QueueGroups.Ticket(ticket.Token))
                .TicketUpdated(HubMessages.Ticket(ticket, catalog, engine.PeopleAhead(ticket)));
            await UpdateWaitingAsync(ticket.ServiceId, ticket.Id, catalog);
            if (queueEvent.FromServiceId is { } from)
            {
                await UpdateWaitingAsync(from, ticket.Id, catalog);
            }
        }
    }

    // A move in a queue changes the place of everyone waiting in it: tell each waiting ticket its people ahead.
    private async Task UpdateWaitingAsync(string serviceId, string movedTicketId, SiteCatalog catalog)
    {
        var waiting = engine.WaitingForService(serviceId);
        for (var ahead = 0; ahead < waiting.Count; ahead++)
        {
            var other = waiting[ahead].Ticket;
            if (other.Id != movedTicketId)
            {
                await hub.Clients.Group(QueueGroups.Ticket(other.Token)).TicketUpdated(HubMessages.Ticket(other, catalog, ahead));
            }
        }
    }
}
