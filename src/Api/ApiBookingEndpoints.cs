using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MppQueue.Api.Idempotency;
using MppQueue.Api.Messages;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Bookings through the API, for an agency's own system: the sessions of a day with their places left (read), and
/// with the Bookings operation make a booking (the engine's <see cref="QueueEngine.Book"/>, as the public page does,
/// on the agency channel), look one up, cancel it, move it once, and load the agency's own codes for the kiosk's
/// check-in (<see cref="QueueEngine.LoadAgencyBookings"/>). Every booking and service is reached through
/// <see cref="ApiCaller"/>, so another agency's is a 404 like an unknown one.
/// </summary>
public static class ApiBookingEndpoints
{
    /// <summary>The most agency codes one load takes.</summary>
    public const int MaxCodesPerLoad = 500;

    /// <summary>Where the holder's own page is, under the MPP's address (the kiosk area's /booking/{token}).</summary>
    public const string BookingPagePrefix = "/booking/";

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/services/{serviceId}/sessions", Sessions)
            .WithMetadata(new ApiRequires(ApiOperation.Read))
            .WithTags("Read", "Bookings")
            .WithName("GetBookingSessions")
            .WithSummary("A service's booking sessions on a day (?date=yyyy-MM-dd) with the places left now, or why the day cannot be booked.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        Write(api.MapPost("/bookings", Create), "CreateBooking", "Makes a booking for a holder in a session (agency channel); answers its page token this once.")
            .Idempotent();
        Write(api.MapGet("/bookings/{code}", Find), "GetBooking", "One booking of the agency by its code (no phone or NIK, only their last four digits).");
        Write(api.MapPost("/bookings/{code}/cancel", Cancel), "CancelBooking", "Cancels a booking; its place returns at once.");
        Write(api.MapPost("/bookings/{code}/move", Move), "MoveBooking", "Moves a booking to another session, once, until the day before.");
        Write(api.MapPost("/agency-codes", Load), "LoadAgencyCodes", "Loads bookings made in the agency's own system (its codes and sessions) for check-in at the kiosk.")
            .Idempotent();
    }

    private static RouteHandlerBuilder Write(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithMetadata(new ApiRequires(ApiOperation.Bookings))
            .WithTags("Bookings")
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Ok<SessionsMessage> Sessions(string serviceId, string? date, HttpContext http, QueueEngine engine)
    {
        var service = ApiRequest.Caller(http).RequireService(engine.Catalog, serviceId);
        return TypedResults.Ok(ApiViews.Sessions(engine.OfferFor(service.Id, ApiWrites.Date(date, "date"))));
    }

    private static Created<BookingCreatedMessage> Create(NewBookingMessage? message, HttpContext http, QueueEngine engine, BookingSecret secret)
    {
        var caller = ApiRequest.Caller(http);
        var serviceId = ApiWrites.Required(message?.ServiceId, "serviceId");
        var service = caller.RequireServiceFor(ApiOperation.Bookings, engine.Catalog, serviceId);
        var date = ApiWrites.Required(message!.Date, "date");
        var start = ApiWrites.Time(message.SessionStart, "sessionStart");
        var holder = BookingHolder.From(message.Phone, message.Nik, secret);
        var booking = engine.Book(new BookingRequest(service.Id, date, start, holder, BookingChannel.Agency, caller.AuditActor));
        ApiRequest.Changed(http, booking.Code, $"booking {booking.Code} made for {booking.ServiceId} on {ApiWrites.Day(booking.Date)} {booking.Window}");
        return TypedResults.Created(
            ApiEndpoints.Prefix + "/bookings/" + booking.Code,
            new BookingCreatedMessage(ApiViews.Booking(booking, engine.Catalog), booking.Token!, BookingPagePrefix + booking.Token));
    }

    private static Ok<BookingMessage> Find(string code, HttpContext http, QueueEngine engine)
    {
        var booking = ApiRequest.Caller(http).RequireBooking(engine.Catalog, engine.FindBooking(code));
        return TypedResults.Ok(ApiViews.Booking(booking, engine.Catalog));
    }

    private static Ok<BookingMessage> Cancel(string code, HttpContext http, QueueEngine engine)
    {
        var caller = ApiRequest.Caller(http);
        var booking = caller.RequireBooking(engine.Catalog, engine.FindBooking(code));
        var cancelled = engine.CancelBookingByCode(booking.Code, caller.AuditActor);
        ApiRequest.Changed(http, cancelled.Code, $"booking {cancelled.Code} cancelled");
        return TypedResults.Ok(ApiViews.Booking(cancelled, engine.Catalog));
    }

    private static Ok<BookingMessage> Move(string code, MoveBookingMessage? message, HttpContext http, QueueEngine engine)
    {
        var caller = ApiRequest.Caller(http);
        var booking = caller.RequireBooking(engine.Catalog, engine.FindBooking(code));
        var date = ApiWrites.Required(message?.Date, "date");
        var start = ApiWrites.Time(message!.SessionStart, "sessionStart");

        // The engine moves by the holder's page token; the client reached the booking by its code, in its scope.
        var moved = engine.MoveBooking(booking.Token, date, start);
        ApiRequest.Changed(http, moved.Code, $"booking {moved.Code} moved to {ApiWrites.Day(moved.Date)} {moved.Window}");
        return TypedResults.Ok(ApiViews.Booking(moved, engine.Catalog));
    }

    private static Ok<AgencyCodesLoadedMessage> Load(AgencyCodesMessage? message, HttpContext http, QueueEngine engine)
    {
        var caller = ApiRequest.Caller(http);
        var agency = caller.RequireOwnAgency(ApiOperation.Bookings, engine.Catalog);
        if (message?.Bookings is not { Count: > 0 and <= MaxCodesPerLoad } sent || sent.Any(l => l is null))
        {
            throw new QueueException(QueueError.Invalid("bookings", message?.Bookings?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"));
        }

        // Every line is checked against the scope before the engine loads any, so another agency's service loads nothing.
        var lines = sent.Select(l => new AgencyBooking(
            l.Code,
            caller.RequireServiceFor(ApiOperation.Bookings, engine.Catalog, ApiWrites.Required(l.ServiceId, "serviceId")).Id,
            ApiWrites.Required(l.Date, "date"),
            new TimeRange(ApiWrites.Time(l.SessionStart, "sessionStart"), ApiWrites.Time(l.SessionEnd, "sessionEnd")))).ToList();
        var loaded = engine.LoadAgencyBookings(agency.Id, lines);
        var codes = string.Join(", ", loaded.Take(10).Select(b => b.Code)) + (loaded.Count > 10 ? ", …" : string.Empty);
        ApiRequest.Changed(http, agency.Id, $"{loaded.Count} agency codes loaded: {codes}");
        return TypedResults.Ok(new AgencyCodesLoadedMessage(agency.Id, loaded.Count, [.. loaded.Select(b => ApiViews.Booking(b, engine.Catalog))]));
    }
}
