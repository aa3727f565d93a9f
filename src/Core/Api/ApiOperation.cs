namespace MppQueue.Core;

/// <summary>
/// What an API client may do besides existing. Each /api/v1 endpoint names the one operation it needs; a client
/// without it gets 403. Only <see cref="Read"/> has endpoints today; the others name the parts of the integration API
/// still to come (bookings made by an agency's system, tickets issued for it, webhooks to it), so that a client can be
/// given them once they exist without a change to stored clients.
/// </summary>
public enum ApiOperation
{
    /// <summary>Agencies, services, live queues, tickets and today's figures within the client's scope.</summary>
    Read,

    /// <summary>Make and cancel bookings for the agency (no endpoint yet).</summary>
    Bookings,

    /// <summary>Issue tickets for the agency's services (no endpoint yet).</summary>
    Tickets,

    /// <summary>Receive the agency's events by webhook (no endpoint yet).</summary>
    Webhooks,
}
