namespace MppQueue.Server.Hubs;

/// <summary>What the hub sends to its clients (screens, phones, devices outside the process).</summary>
public interface IQueueClient
{
    /// <summary>To a zone's group: a ticket was called (or recalled, or resumed) to a desk in the zone.</summary>
    Task Called(CallMessage message);

    /// <summary>To a zone's group: any other change in the zone's queues (issued, finished, no-show, desk paused…).</summary>
    Task QueueChanged(QueueChangedMessage change);

    /// <summary>To a ticket's group: the ticket's status or its people ahead changed.</summary>
    Task TicketUpdated(TicketMessage ticket);
}
