using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Kiosk.Api;
using MppQueue.Kiosk.Catalogue;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Kiosk;

/// <summary>
/// The HTTP way to issue, for kiosks that are not this app's browser page (a native kiosk, a self-service
/// terminal of another vendor). Same rules as the touch screen, but only for registered kiosks: a request without
/// a device token is a 401, a token that is not a current kiosk's a 403. Each kiosk has its own rate on this API,
/// apart from any touch screen's (a flood gets 429 with Retry-After), and an idempotency key per confirmation.
/// </summary>
public static class KioskEndpoints
{
    public const string TicketsPath = "/api/kiosk/tickets";
    public const string CheckInsPath = "/api/kiosk/checkins";
    public const string DeviceTokenHeader = "X-Device-Token";

    /// <summary>The kiosk area's HTTP API for registered kiosks (issue a ticket, check a booking in).</summary>
    public static IEndpointRouteBuilder MapKiosk(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // A device, not a browser session: no cookie, so no antiforgery token either.
        endpoints.MapPost(TicketsPath, IssueAsync).DisableAntiforgery();
        endpoints.MapPost(CheckInsPath, CheckInAsync).DisableAntiforgery();
        endpoints.MapGet("/booking/{token}/calendar.ics", BookingCalendar);
        endpoints.MapNotices();
        endpoints.MapCatalogue();
        return endpoints;
    }

    // A booking's calendar file, by the booking's secret token; nothing personal is in it.
    private static IResult BookingCalendar(string token, HttpContext context, QueueEngine engine)
    {
        var booking = engine.FindBookingByToken(token);
        var service = booking is null ? null : engine.Catalog.FindService(booking.ServiceId);
        if (booking is null || service is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "UnknownBooking", detail: KioskText.BookingUnknownText);
        }

        var english = Ui.Localization.UiCultures.IsEnglish;
        var page = new Uri(new Uri(context.Request.Scheme + "://" + context.Request.Host), KioskRoutes.BookingPage(booking.Token!));
        var file = Bookings.BookingCalendarFile.Write(booking, service, engine.Catalog.Site, page, engine.Clock.GetUtcNow(), english);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"booking-" + booking.Code + ".ics\"";
        context.Response.Headers.CacheControl = "no-store";
        return Results.Text(file, "text/calendar; charset=utf-8");
    }

    private static async Task<IResult> IssueAsync(IssueTicketMessage message, HttpContext context, KioskIssuer issuer, IKioskDirectory directory, QueueEngine engine, IOptions<KioskOptions> options)
    {
        if (Kiosk(context, directory) is not { } kiosk)
        {
            return Unidentified(context);
        }

        if (message is null || string.IsNullOrWhiteSpace(message.ServiceId))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "ServiceIdRequired", detail: KioskApiText.ServiceIdRequired);
        }

        if (!TryPriority(message.Priority, out var priority))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "InvalidPriority", detail: Format(KioskApiText.InvalidPriority, Printable.Echo(message.Priority)));
        }

        var key = string.IsNullOrWhiteSpace(message.IdempotencyKey) ? Guid.NewGuid().ToString("N") : message.IdempotencyKey;
        return await RunAsync(context, engine, options, kiosk, link => issuer.IssueAsync(kiosk, message.ServiceId, priority, key, link, context.RequestAborted));
    }

    private static async Task<IResult> CheckInAsync(CheckInMessage message, HttpContext context, KioskIssuer issuer, IKioskDirectory directory, QueueEngine engine, IOptions<KioskOptions> options)
    {
        if (Kiosk(context, directory) is not { } kiosk)
        {
            return Unidentified(context);
        }

        if (message is null || string.IsNullOrWhiteSpace(message.BookingCode))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "BookingCodeRequired", detail: KioskApiText.BookingCodeRequired);
        }

        if (!TryPriority(message.Priority, out var priority))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "InvalidPriority", detail: Format(KioskApiText.InvalidPriority, Printable.Echo(message.Priority)));
        }

        return await RunAsync(context, engine, options, kiosk, link => issuer.CheckInAsync(kiosk, message.BookingCode, link, priority, context.RequestAborted));
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
                    return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "TooManyTickets", detail: KioskApiText.TooManyTickets);
                case KioskRefusal.Unregistered:
                    return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "DeviceTokenRequired", detail: KioskApiText.DeviceTokenRequired);
                default:
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PrinterOffline", detail: KioskApiText.PrinterOffline);
            }
        }
    }

    // The registered kiosk behind the request's device token, on this API's own rate; never the anonymous web
    // kiosk, whose identity and budget belong to the touch screen alone.
    private static KioskDevice? Kiosk(HttpContext context, IKioskDirectory directory)
    {
        var token = context.Request.Headers[DeviceTokenHeader].ToString();
        if (directory.FindByToken(token) is not { Registered: true } kiosk)
        {
            return null;
        }

        directory.Seen(token);
        return kiosk with { Channel = KioskChannel.Http };
    }

    // No token at all: the caller has not said who it is (401). A token that names no current kiosk (unknown,
    // revoked, renewed, or a wall screen's) is a caller we will not serve (403).
    private static IResult Unidentified(HttpContext context) =>
        string.IsNullOrWhiteSpace(context.Request.Headers[DeviceTokenHeader].ToString())
            ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "DeviceTokenRequired", detail: KioskApiText.DeviceTokenRequired)
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "NotAKiosk", detail: KioskApiText.NotAKiosk);

    // Exactly one named group, or nothing. Enum.TryParse alone would read "Elderly,Disabled" as a flags
    // combination (1 | 2 = Pregnant) and "3" as a number.
    private static bool TryPriority(string? text, out PriorityGroup priority)
    {
        priority = PriorityGroup.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var name = Enum.GetNames<PriorityGroup>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out priority);
    }

    private static string Format(string template, string value) => string.Format(CultureInfo.CurrentCulture, template, value);

    private static Uri PageOf(HttpContext context, KioskOptions options, Ticket ticket)
    {
        var root = options.PublicBaseUrl ?? new Uri(context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + "/");
        var withSlash = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(withSlash, KioskRoutes.TicketPage(ticket.Token).TrimStart('/'));
    }
}
