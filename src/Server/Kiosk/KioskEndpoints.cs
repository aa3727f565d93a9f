using System.Globalization;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Server.Kiosk;

/// <summary>
/// The HTTP way to issue, for kiosks that are not this app's browser page (a native kiosk, a self-service
/// terminal of another vendor). Same rules as the touch screen: the device token names the kiosk, each kiosk
/// has its own rate (a flood gets 429 with Retry-After), an idempotency key per confirmation.
/// </summary>
public static class KioskEndpoints
{
    public const string TicketsPath = "/api/kiosk/tickets";
    public const string CheckInsPath = "/api/kiosk/checkins";
    public const string DeviceTokenHeader = "X-Device-Token";

    public static IEndpointRouteBuilder MapKioskApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // A device, not a browser session: no cookie, so no antiforgery token either.
        app.MapPost(TicketsPath, IssueAsync).DisableAntiforgery();
        app.MapPost(CheckInsPath, CheckInAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> IssueAsync(IssueTicketMessage message, HttpContext context, KioskIssuer issuer, IKioskDirectory directory, QueueEngine engine, IOptions<KioskOptions> options)
    {
        if (message is null || string.IsNullOrWhiteSpace(message.ServiceId))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "serviceId is required.");
        }

        if (!TryPriority(message.Priority, out var priority))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "priority must be None, Elderly, Disabled, Pregnant or WithChild.");
        }

        var kiosk = Kiosk(context, directory);
        var key = string.IsNullOrWhiteSpace(message.IdempotencyKey) ? Guid.NewGuid().ToString("N") : message.IdempotencyKey;
        return await RunAsync(context, engine, options, kiosk, link => issuer.IssueAsync(kiosk, message.ServiceId, priority, key, link, context.RequestAborted));
    }

    private static async Task<IResult> CheckInAsync(CheckInMessage message, HttpContext context, KioskIssuer issuer, IKioskDirectory directory, QueueEngine engine, IOptions<KioskOptions> options)
    {
        if (message is null || string.IsNullOrWhiteSpace(message.BookingCode))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "bookingCode is required.");
        }

        var kiosk = Kiosk(context, directory);
        return await RunAsync(context, engine, options, kiosk, link => issuer.CheckInAsync(kiosk, message.BookingCode, link, context.RequestAborted));
    }

    private static async Task<IResult> RunAsync(HttpContext context, QueueEngine engine, IOptions<KioskOptions> options, KioskDevice kiosk, Func<Func<Ticket, Uri>, Task<KioskIssue>> issue)
    {
        Uri LinkOf(Ticket ticket) => PageOf(context, options.Value, ticket);
        try
        {
            var issued = await issue(LinkOf);
            var ticket = issued.Ticket;
            var page = LinkOf(ticket);
            return Results.Created(page, new KioskTicketMessage(
                ticket.Number.ToString(),
                ticket.ServiceId,
                ticket.Priority.ToString(),
                page.AbsoluteUri,
                ticket.IssuedAt,
                engine.PeopleAhead(ticket),
                kiosk.Id,
                issued.Print.ToString()));
        }
        catch (QueueException refusal)
        {
            var status = refusal.Error.Code is QueueErrorCode.UnknownService or QueueErrorCode.UnknownBooking ? StatusCodes.Status404NotFound
                : refusal.Error.Code == QueueErrorCode.InvalidValue ? StatusCodes.Status400BadRequest
                : StatusCodes.Status409Conflict;
            return Results.Problem(statusCode: status, title: refusal.Error.Code.ToString(), detail: refusal.Error.Describe(CultureInfo.CurrentUICulture));
        }
        catch (KioskRefusedException refused)
        {
            switch (refused.Reason)
            {
                case KioskRefusal.TooFast:
                    var wait = (int)Math.Ceiling((refused.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
                    context.Response.Headers.RetryAfter = Math.Max(1, wait).ToString(CultureInfo.InvariantCulture);
                    return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "TooManyTickets", detail: "This kiosk is issuing faster than allowed; try again later.");
                case KioskRefusal.Unregistered:
                    return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "UnknownKiosk", detail: "Send a registered kiosk's device token in " + DeviceTokenHeader + ".");
                default:
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PrinterOffline", detail: "The kiosk's printer does not answer; no ticket was issued.");
            }
        }
    }

    private static KioskDevice Kiosk(HttpContext context, IKioskDirectory directory)
    {
        var token = context.Request.Headers[DeviceTokenHeader].ToString();
        var kiosk = directory.FindByToken(token) ?? KioskDevice.Anonymous;
        if (kiosk.Registered)
        {
            directory.Seen(token);
        }

        return kiosk;
    }

    private static bool TryPriority(string? text, out PriorityGroup priority)
    {
        priority = PriorityGroup.None;
        return string.IsNullOrWhiteSpace(text)
            || (Enum.TryParse(text, ignoreCase: true, out priority) && Enum.IsDefined(priority) && !int.TryParse(text, out _));
    }

    private static Uri PageOf(HttpContext context, KioskOptions options, Ticket ticket)
    {
        var root = options.PublicBaseUrl ?? new Uri(context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + "/");
        var withSlash = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(withSlash, KioskRoutes.TicketPage(ticket.Token).TrimStart('/'));
    }
}
