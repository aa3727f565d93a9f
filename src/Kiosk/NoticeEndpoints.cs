using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Core;
using MppQueue.Kiosk.Notices;
using MppQueue.Ui.Localization;

namespace MppQueue.Kiosk;

/// <summary>
/// What the visitor's browser asks of the notices: subscribe a ticket's or booking's page to Web Push (and unsubscribe),
/// report a push notice shown (its receipt), the server's VAPID key, and the service worker itself, served from the
/// site's root so that its scope covers the ticket and booking pages. Only the page's secret token names the subject.
/// </summary>
public static class NoticeEndpoints
{
    public const string WorkerPath = "/notice-sw.js";
    public const string VapidPath = "/notices/vapid";
    public const string SeenPath = "/notices/seen";

    private const int MaxSeenLength = 200;
    private const string WorkerResource = "MppQueue.Kiosk.notice-sw.js";

    private static readonly Lazy<byte[]> Worker = new(() =>
    {
        using var stream = typeof(NoticeEndpoints).Assembly.GetManifestResourceStream(WorkerResource)
            ?? throw new InvalidOperationException(WorkerResource + " is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static string TicketPush(string token) => KioskRoutes.TicketPage(token) + "/push";

    public static string BookingPush(string token) => KioskRoutes.BookingPage(token) + "/push";

    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(WorkerPath, ServiceWorker);
        endpoints.MapGet(VapidPath, VapidKey);
        endpoints.MapPost(SeenPath, Seen);
        endpoints.MapPost("/t/{token}/push", (string token, PushSubscriptionMessage? message, HttpContext context, QueueEngine engine) =>
            Subscribe(context, NoticeSubjects.OfTicket(engine, token), NoticeText.ErrorUnknownTicket, message));
        endpoints.MapDelete("/t/{token}/push", (string token, HttpContext context, QueueEngine engine) =>
            Unsubscribe(context, NoticeSubjects.OfTicket(engine, token), NoticeText.ErrorUnknownTicket));
        endpoints.MapPost("/booking/{token}/push", (string token, PushSubscriptionMessage? message, HttpContext context, QueueEngine engine) =>
            Subscribe(context, NoticeSubjects.OfBooking(engine, token), NoticeText.ErrorUnknownBooking, message));
        endpoints.MapDelete("/booking/{token}/push", (string token, HttpContext context, QueueEngine engine) =>
            Unsubscribe(context, NoticeSubjects.OfBooking(engine, token), NoticeText.ErrorUnknownBooking));
        return endpoints;
    }

    // Always the newest: a browser compares the worker byte for byte on each visit and swaps in a changed one.
    private static IResult ServiceWorker(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["Service-Worker-Allowed"] = "/";
        return Results.Bytes(Worker.Value, "text/javascript; charset=utf-8");
    }

    private static IResult VapidKey(HttpContext context) =>
        PushAvailability.Find(context.RequestServices) is { } push
            ? Results.Ok(new VapidKeyMessage(push.Keys.Keys.PublicKey))
            : Unavailable();

    private static IResult Subscribe(HttpContext context, NoticeSubject? subject, string unknown, PushSubscriptionMessage? message)
    {
        if (PushAvailability.Find(context.RequestServices) is not { } push)
        {
            return Unavailable();
        }

        if (subject is not { } known)
        {
            return Problem(StatusCodes.Status404NotFound, "UnknownSubject", unknown);
        }

        if (PushSubscriptionCheck.Read(message, out var error) is not { } endpoint)
        {
            return Problem(StatusCodes.Status400BadRequest, "InvalidSubscription", error!);
        }

        try
        {
            push.Subscriptions.SetPush(known, endpoint, UiCultures.IsEnglish ? "en" : "id");
            return Results.NoContent();
        }
        catch (QueueException refused)
        {
            var status = refused.Error.Code is QueueErrorCode.UnknownTicket or QueueErrorCode.UnknownBooking
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status409Conflict;
            return Problem(status, refused.Error.Code.ToString(), refused.Error.Describe(CultureInfo.CurrentUICulture));
        }
    }

    private static IResult Unsubscribe(HttpContext context, NoticeSubject? subject, string unknown)
    {
        if (PushAvailability.Find(context.RequestServices) is not { } push)
        {
            return Unavailable();
        }

        if (subject is not { } known)
        {
            return Problem(StatusCodes.Status404NotFound, "UnknownSubject", unknown);
        }

        push.Subscriptions.RemovePush(known);
        return Results.NoContent();
    }

    private static IResult Seen(NoticeSeenMessage? message, HttpContext context)
    {
        if (PushAvailability.Find(context.RequestServices) is not { } push)
        {
            return Unavailable();
        }

        if (message is not { Id: { Length: > 0 and <= MaxSeenLength } id, Receipt: { Length: > 0 and <= MaxSeenLength } receipt })
        {
            return Problem(StatusCodes.Status400BadRequest, "InvalidReceipt", NoticeText.ErrorReceiptInvalid);
        }

        return push.Subscriptions.ReportSeen(id, receipt)
            ? Results.NoContent()
            : Problem(StatusCodes.Status404NotFound, "UnknownNotice", NoticeText.ErrorReceiptInvalid);
    }

    private static IResult Unavailable() => Problem(StatusCodes.Status404NotFound, "PushUnavailable", NoticeText.ErrorUnavailable);

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
