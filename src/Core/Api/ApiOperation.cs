namespace MppQueue.Core;

/// <summary>
/// What an API client may do besides existing. Each /api/v1 endpoint names the one operation it needs; a client
/// without it gets 403. <see cref="Webhooks"/> names a part of the integration API still to come, so that a client can
/// be given it before it exists without a change to stored clients. Every operation but <see cref="Read"/> writes,
/// and only an agency's client may write.
/// </summary>
public enum ApiOperation
{
    /// <summary>Agencies, services, live queues, tickets and today's figures within the client's scope.</summary>
    Read,

    /// <summary>Make, look up, cancel and move the agency's bookings, and load its own booking codes.</summary>
    Bookings,

    /// <summary>Issue tickets for the agency's services.</summary>
    Tickets,

    /// <summary>Receive the agency's events by webhook (no endpoint yet).</summary>
    Webhooks,
}
