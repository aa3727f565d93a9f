using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using MppQueue.Core;

namespace MppQueue.Server.Hubs;

/// <summary>
/// Carries the notifier's events to the hub's groups, each once. The notifier calls us inside the engine's gate, so
/// the callback only writes to an unbounded channel (never blocks, never fails); a background loop sends, reading
/// each event's own snapshot (no engine call). A waiting ticket's phone is sent an update only when its place or
/// its estimated wait changed since it was last told, not on every move of its service.
/// </summary>
public sealed class QueueHubForwarder(
    QueueNotifier notifier,
    QueueEngine engine,
    IHubContext<QueueHub, IQueueClient> hub,
    ILogger<QueueHubForwarder> logger) : BackgroundService
{
    private readonly Channel<QueueEvent> _events = Channel.CreateUnbounded<QueueEvent>(new UnboundedChannelOptions { SingleReader = true });

    // Only the sending loop touches these: what each waiting ticket's phone was last told, for today.
    private readonly Dictionary<string, Told> _sent = new(StringComparer.Ordinal);
    private DateOnly _day;
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
        var today = queueEvent.Snapshot ?? engine.Snapshot;
        var catalog = today.Catalog;
        if (today.Day != _day)
        {
            _sent.Clear();
            _day = today.Day;
        }

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

        var services = new HashSet<string>(StringComparer.Ordinal);
        if (queueEvent.Ticket is { } ticket)
        {
            // The moved ticket's own phone always hears of its move.
            var place = today.Waiting(ticket);
            await hub.Clients.Group(QueueGroups.Ticket(ticket.Token))
                .TicketUpdated(HubMessages.Ticket(ticket, catalog, place?.PeopleAhead ?? 0, place?.Estimate));
            Remember(ticket.Id, place);
            services.Add(ticket.ServiceId);
            if (queueEvent.FromServiceId is { } from)
            {
                services.Add(from);
            }
        }

        if (queueEvent.Kind == QueueEventKind.CatalogChanged)
        {
            services.UnionWith(catalog.Services.Keys);
        }
        else if (queueEvent.Desk is { } desk && queueEvent.Ticket is null)
        {
            // A desk opening, closing or pausing changes the estimate of everyone waiting for its services.
            services.UnionWith(desk.ServiceIds);
        }

        foreach (var serviceId in services)
        {
            await UpdateWaitingAsync(today, serviceId, queueEvent.Ticket?.Id);
        }
    }

    // Tell each waiting ticket of the service its place and estimate, but only when they changed since last told.
    private async Task UpdateWaitingAsync(TodaySnapshot today, string serviceId, string? movedTicketId)
    {
        foreach (var waiting in today.Line(serviceId).Waiting)
        {
            var other = waiting.Ticket;
            if (other.Id == movedTicketId || (_sent.TryGetValue(other.Id, out var told) && told == Told.Of(waiting)))
            {
                continue;
            }

            await hub.Clients.Group(QueueGroups.Ticket(other.Token))
                .TicketUpdated(HubMessages.Ticket(other, today.Catalog, waiting.PeopleAhead, waiting.Estimate));
            _sent[other.Id] = Told.Of(waiting);
        }
    }

    private void Remember(string ticketId, WaitingTicket? waiting)
    {
        if (waiting is null)
        {
            _sent.Remove(ticketId);
        }
        else
        {
            _sent[ticketId] = Told.Of(waiting);
        }
    }

    /// <summary>What a waiting ticket's phone was last told: its place and its wait range.</summary>
    private readonly record struct Told(int PeopleAhead, int? Low, int? High)
    {
        public static Told Of(WaitingTicket waiting) => new(waiting.PeopleAhead, waiting.Estimate?.LowMinutes, waiting.Estimate?.HighMinutes);
    }
}
