using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk;

/// <summary>
/// A visitor's page reached by a token that leads nowhere (a ticket's <c>/t/{token}</c> or <c>/kiosk/ticket/{token}</c>,
/// a booking's <c>/booking/{token}</c>) answers 404 with the page's own words ("Tiket tidak ditemukan", "Booking tidak
/// ditemukan"), not 200: a link checker, a search engine or a monitoring probe sees a dead address, and the visitor
/// still reads what to do. Whether the token is known is decided before the page renders, from the lookup the page
/// itself makes; the status is given as the answer starts. A Blazor page endpoint of .NET 10 writes no body for a
/// response that is already a 404 when it finishes rendering (it leaves that to a not-found page), so the status
/// cannot be set earlier; once the answer has started, the server's status code pages leave it alone.
/// </summary>
public static class UnknownAddresses
{
    private const string TokenValue = "Token";

    /// <summary>Answers 404 for the kiosk area's token pages whose token is not known (after routing and authorization).</summary>
    public static IApplicationBuilder UseKioskUnknownAddresses(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            if (IsUnknown(context))
            {
                context.Response.OnStarting(() =>
                {
                    // Only the page's own answer: an error page or a refusal keeps its status.
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
    }

    private static bool IsUnknown(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return false;
        }

        var page = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        if (page is null || (page != typeof(TicketPage) && page != typeof(KioskTicketPage) && page != typeof(BookingManagePage)))
        {
            return false;
        }

        var token = context.Request.RouteValues.TryGetValue(TokenValue, out var value) ? value as string : null;
        var engine = context.RequestServices.GetRequiredService<QueueEngine>();
        if (page == typeof(BookingManagePage))
        {
            return BookingPageLookup.Find(engine, token) is null;
        }

        // As the ticket pages read it (KioskBoard.Facts): a ticket whose service has gone is not shown either.
        return new KioskBoard(engine, engine.Snapshot).Facts(token) is null;
    }
}
