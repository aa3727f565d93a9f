using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// What an agency's system does through the API's writes, end to end on one host: a booking made, looked up, moved and
/// cancelled, with its place taken and returned as the engine counts it; Idempotency-Key replays and conflicts; its own
/// codes loaded and checked in at the kiosk; tickets issued under the kiosk's rules; the audit log of what changed.
/// </summary>
public sealed class ApiWriteTests(ApiHost host) : IClassFixture<ApiHost>
{
    private QueueEngine Engine => host.Factory.Engine;

    private string Tomorrow => host.Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Today => Engine.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private int Left(string time) =>
        Engine.OfferFor("skck", host.Tomorrow).Sessions.Single(s => s.Window.Start == TimeOnly.Parse(time, CultureInfo.InvariantCulture)).Left;

    [Fact]
    public async Task Booking_MadeLookedUpMovedAndCancelled_TakesAndReturnsItsPlace()
    {
        using var client = host.Factory.CreateClient();
        var (nine, one) = (Left("09:00"), Left("13:00"));

        var (created, createdBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings,
            $$"""{"serviceId":"skck","date":"{{Tomorrow}}","sessionStart":"09:00","phone":"0812-5555-0101","nik":"3201555500000101"}""", NewKey());
        using var made = JsonDocument.Parse(createdBody);
        var booking = made.RootElement.GetProperty("booking");
        var code = booking.GetProperty("code").GetString()!;
        var token = made.RootElement.GetProperty("pageToken").GetString()!;
        var afterBooking = Left("09:00");

        var (found, foundBody) = await SendAsync(client, HttpMethod.Get, "/api/v1/bookings/" + code, host.PolresBookings);
        var (sessions, sessionsBody) = await SendAsync(client, HttpMethod.Get, $"/api/v1/services/skck/sessions?date={Tomorrow}", host.Polres);
        var (moved, movedBody) = await SendAsync(client, HttpMethod.Post, $"/api/v1/bookings/{code}/move", host.PolresBookings, $$"""{"date":"{{Tomorrow}}","sessionStart":"13:00"}""");
        var afterMove = (Left("09:00"), Left("13:00"));
        var (movedAgain, movedAgainBody) = await SendAsync(client, HttpMethod.Post, $"/api/v1/bookings/{code}/move", host.PolresBookings, $$"""{"date":"{{Tomorrow}}","sessionStart":"10:00"}""");
        var (cancelled, cancelledBody) = await SendAsync(client, HttpMethod.Post, $"/api/v1/bookings/{code}/cancel", host.PolresBookings, "{}");
        var afterCancel = Left("13:00");
        var (cancelledAgain, cancelledAgainBody) = await SendAsync(client, HttpMethod.Post, $"/api/v1/bookings/{code}/cancel", host.PolresBookings, "{}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/bookings/" + code, created.Headers.Location?.OriginalString);
        Assert.Equal(("Booked", "Agency", "0101", "0101"), (booking.GetProperty("state").GetString(), booking.GetProperty("channel").GetString(), booking.GetProperty("phoneLast4").GetString(), booking.GetProperty("nikLast4").GetString()));
        Assert.Equal("/booking/" + token, made.RootElement.GetProperty("pagePath").GetString());
        var stored = Engine.FindBooking(code)!;
        Assert.Equal((token, BookingChannel.Agency), (stored.Token, stored.Channel));
        Assert.StartsWith("api:", stored.MadeBy, StringComparison.Ordinal);
        Assert.Equal(nine - 1, afterBooking);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains(code, foundBody, StringComparison.Ordinal);
        foreach (var secret in new[] { token, "08125555", "6281255550101", "3201555500000101" })
        {
            Assert.DoesNotContain(secret, foundBody, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, movedBody, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("6281255550101", createdBody, StringComparison.Ordinal);
        Assert.DoesNotContain("3201555500000101", createdBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, sessions.StatusCode);
        using (var offered = JsonDocument.Parse(sessionsBody))
        {
            var session = offered.RootElement.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("start").GetString() == "09:00");
            Assert.Equal(afterBooking, session.GetProperty("left").GetInt32());
        }

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal((nine, one - 1), afterMove);
        Assert.Equal((HttpStatusCode.Conflict, "BookingAlreadyMoved"), (movedAgain.StatusCode, Title(movedAgainBody)));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Contains("\"state\":\"Cancelled\"", cancelledBody, StringComparison.Ordinal);
        Assert.Equal(one, afterCancel);
        Assert.Equal((HttpStatusCode.Conflict, "BookingCancelled"), (cancelledAgain.StatusCode, Title(cancelledAgainBody)));
        Assert.Contains("cancelled", Detail(cancelledAgainBody), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Booking_EngineRefusals_AreProblemsWithTheEnginesCodeNever5xx()
    {
        using var client = host.Factory.CreateClient();
        var held = host.Book("081255550202", "3201555500000202");

        var duplicate = await PostBookingAsync(client, "09:00", "081255550202", "3201555500000202");
        var noNik = await PostBookingAsync(client, "09:00", "081255550203", null);
        var badPhone = await PostBookingAsync(client, "09:00", "12345", "3201555500000204");
        var noSession = await PostBookingAsync(client, "09:30", "081255550205", "3201555500000205");
        var today = await PostBookingAsync(client, "13:00", "081255550206", "3201555500000206", Today);
        var badTime = await PostBookingAsync(client, "nine", "081255550207", "3201555500000207");
        var (unknown, unknownBody) = await SendAsync(client, HttpMethod.Get, "/api/v1/bookings/TIDAKADA1", host.PolresBookings);
        var (other, otherBody) = await SendAsync(client, HttpMethod.Get, "/api/v1/bookings/" + ApiHost.DisdukcapilBooking, host.PolresBookings);

        Assert.Equal((HttpStatusCode.Conflict, "BookingDuplicate"), duplicate);
        Assert.Equal((HttpStatusCode.BadRequest, "NikRequired"), noNik);
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidPhone"), badPhone);
        Assert.Equal((HttpStatusCode.BadRequest, "UnknownSession"), noSession);
        Assert.Equal(HttpStatusCode.Conflict, today.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidValue"), badTime);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((Title(unknownBody), Detail(unknownBody)), (Title(otherBody), Detail(otherBody)));
        Assert.Equal(unknown.StatusCode, other.StatusCode);
        Assert.Equal(BookingState.Booked, Engine.FindBooking(held.Code)!.State);
    }

    [Fact]
    public async Task Booking_SameKeyTwice_IsOneBookingWithTheSameAnswer_AndTheKeyWithAnotherBodyIs409()
    {
        using var client = host.Factory.CreateClient();
        var key = NewKey();
        var body = $$"""{"serviceId":"skck","date":"{{Tomorrow}}","sessionStart":"10:00","phone":"081255550301","nik":"3201555500000301"}""";
        var before = Left("10:00");

        var (first, firstBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body, key);
        var (again, againBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body.Replace(",", ", ", StringComparison.Ordinal), key);
        var (other, otherBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body.Replace("10:00", "13:00", StringComparison.Ordinal), key);
        var (noKey, noKeyBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body, key: null);
        var (otherClient, _) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresTickets, body, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(firstBody, againBody);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before - 1, Left("10:00"));
        Assert.Single(Engine.BookingsOn(host.Tomorrow), b => b.NikLast4 == "0301");
        Assert.Equal((HttpStatusCode.Conflict, "IdempotencyKeyReused"), (other.StatusCode, Title(otherBody)));
        Assert.Equal((HttpStatusCode.BadRequest, "IdempotencyKeyRequired"), (noKey.StatusCode, Title(noKeyBody)));
        Assert.Equal(HttpStatusCode.Forbidden, otherClient.StatusCode);
    }

    [Fact]
    public async Task Booking_RefusedThenRetriedWithTheSameKey_TriesAgain()
    {
        using var client = host.Factory.CreateClient();
        var key = NewKey();
        var body = $$"""{"serviceId":"skck","date":"{{Tomorrow}}","sessionStart":"10:00","phone":"081255550401"}""";

        var (refused, _) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body, key);
        var (retried, retriedBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body.Replace("}", ",\"nik\":\"3201555500000401\"}", StringComparison.Ordinal), key);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Contains("\"nikLast4\":\"0401\"", retriedBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyCodes_Loaded_CheckInAtTheKioskWithThatCode()
    {
        using var client = host.Factory.CreateClient();
        var lines = $$"""{"bookings":[{"code":"skck-api-0001","serviceId":"skck","date":"{{Today}}","sessionStart":"09:00","sessionEnd":"10:00"},{"code":"SKCKAPI0002","serviceId":"skck","date":"{{Tomorrow}}","sessionStart":"08:00","sessionEnd":"09:00"}]}""";

        var (loaded, loadedBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/agency-codes", host.PolresBookings, lines, NewKey());
        var ticket = Engine.CheckIn("SKCKAPI0001", "kiosk-uji");
        var (found, foundBody) = await SendAsync(client, HttpMethod.Get, "/api/v1/bookings/SKCKAPI0001", host.PolresBookings);
        var (other, _) = await SendAsync(client, HttpMethod.Post, "/api/v1/agency-codes", host.PolresBookings,
            $$"""{"bookings":[{"code":"SKCKAPI0003","serviceId":"skck","date":"{{Today}}","sessionStart":"10:00","sessionEnd":"11:00"},{"code":"KTPAPI0001","serviceId":"ktp-el","date":"{{Today}}","sessionStart":"10:00","sessionEnd":"11:00"}]}""", NewKey());
        var (empty, _) = await SendAsync(client, HttpMethod.Post, "/api/v1/agency-codes", host.PolresBookings, """{"bookings":[]}""", NewKey());

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Contains("\"count\":2", loadedBody, StringComparison.Ordinal);
        Assert.Equal(("SKCKAPI0001", "skck", TicketChannel.Booking), (ticket.BookingCode, ticket.ServiceId, ticket.Channel));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using (var booking = JsonDocument.Parse(foundBody))
        {
            Assert.Equal(("CheckedIn", "Agency", ticket.Id), (booking.RootElement.GetProperty("state").GetString(), booking.RootElement.GetProperty("channel").GetString(), booking.RootElement.GetProperty("ticketId").GetString()));
        }

        Assert.Equal(BookingState.Booked, Engine.FindBooking("SKCKAPI0002")!.State);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Null(Engine.FindBooking("SKCKAPI0003"));
        Assert.Null(Engine.FindBooking("KTPAPI0001"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Ticket_SameKeyTwice_IsOneTicket_AndItsPageTokenOnlyInTheAnswer()
    {
        using var client = host.Factory.CreateClient();
        var key = NewKey();
        var before = Engine.TicketsToday().Count;

        var (first, firstBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/tickets", host.PolresTickets, """{"serviceId":"skck","priority":"Elderly"}""", key);
        var (again, againBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/tickets", host.PolresTickets, """{"serviceId":"skck","priority":"Elderly"}""", key);
        var (other, otherBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/tickets", host.PolresTickets, """{"serviceId":"skck"}""", key);
        using var issued = JsonDocument.Parse(firstBody);
        var id = issued.RootElement.GetProperty("ticket").GetProperty("id").GetString()!;
        var token = issued.RootElement.GetProperty("pageToken").GetString()!;
        var (read, readBody) = await SendAsync(client, HttpMethod.Get, "/api/v1/tickets/" + id, host.PolresTickets);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(firstBody, againBody);
        Assert.Equal(before + 1, Engine.TicketsToday().Count);
        var ticket = Engine.FindTicket(id)!;
        Assert.Equal((token, PriorityGroup.Elderly, TicketChannel.WalkIn), (ticket.Token, ticket.Priority, ticket.Channel));
        Assert.Equal("/t/" + token, issued.RootElement.GetProperty("pagePath").GetString());
        Assert.Equal((HttpStatusCode.Conflict, "IdempotencyKeyReused"), (other.StatusCode, Title(otherBody)));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.DoesNotContain(token, readBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticket_QuotaUsedUpOrClosedDay_IsRefusedAs409WithTheEnginesSentence()
    {
        var store = host.Factory.Services.GetRequiredService<IQueueStore>();
        var service = Engine.Catalog.Services["perpanjangan-sim"];
        var used = Engine.TicketsToday().Count(t => t.IssuingServiceId == service.Id);
        store.SaveService(service with { Quota = new DailyQuota(used + 1) });
        Engine.ReloadCatalog();
        using var client = host.Factory.CreateClient();

        var (first, _) = await IssueAsync(client, """{"serviceId":"perpanjangan-sim"}""");
        var (full, fullBody) = await IssueAsync(client, """{"serviceId":"perpanjangan-sim"}""");
        var (badPriority, badPriorityBody) = await IssueAsync(client, """{"serviceId":"perpanjangan-sim","priority":"Elderly,Disabled"}""");
        var engineSays = Assert.Throws<QueueException>(() => Engine.Issue(new IssueRequest(service.Id))).Error.Describe(CultureInfo.GetCultureInfo("en"));
        store.SaveService(Engine.Catalog.Services[service.Id] with { Quota = new DailyQuota(500), ClosedDates = [Engine.Today] });
        Engine.ReloadCatalog();
        var (closed, closedBody) = await IssueAsync(client, """{"serviceId":"perpanjangan-sim"}""");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "QuotaFull"), (full.StatusCode, Title(fullBody)));
        Assert.Equal(engineSays, Detail(fullBody));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidValue"), (badPriority.StatusCode, Title(badPriorityBody)));
        Assert.Equal((HttpStatusCode.Conflict, "ServiceClosedDay"), (closed.StatusCode, Title(closedBody)));
        Assert.Equal(used + 1, Engine.TicketsToday().Count(t => t.IssuingServiceId == service.Id));
    }

    [Fact]
    public async Task Write_Succeeded_IsAuditedOnceWithWhatItChanged()
    {
        using var client = host.Factory.CreateClient();
        var key = NewKey();
        var body = $$"""{"serviceId":"skck","date":"{{Tomorrow}}","sessionStart":"13:00","phone":"081255550501","nik":"3201555500000501"}""";
        var from = Engine.Clock.GetUtcNow().AddMinutes(-1);

        var (_, createdBody) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body, key);
        await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings, body, key);
        using var made = JsonDocument.Parse(createdBody);
        var code = made.RootElement.GetProperty("booking").GetProperty("code").GetString()!;
        var audit = host.Factory.Services.GetRequiredService<IQueueStore>().LoadAudit(from, Engine.Clock.GetUtcNow().AddMinutes(1));

        var entry = Assert.Single(audit, e => e.Subject == code);
        Assert.Equal(ApiAudit.Call, entry.Action);
        Assert.Equal(ApiAudit.ActorOf(host.PolresBookings.Split('.')[0]), entry.ActorId);
        Assert.StartsWith("POST /api/v1/bookings → 201: booking " + code + " made for skck", entry.Detail, StringComparison.Ordinal);
    }

    private static string NewKey() => Guid.NewGuid().ToString();

    private async Task<(HttpStatusCode Status, string? Title)> PostBookingAsync(HttpClient client, string time, string phone, string? nik, string? date = null)
    {
        var nikPart = nik is null ? string.Empty : $",\"nik\":\"{nik}\"";
        var (response, body) = await SendAsync(client, HttpMethod.Post, "/api/v1/bookings", host.PolresBookings,
            $$"""{"serviceId":"skck","date":"{{date ?? Tomorrow}}","sessionStart":"{{time}}","phone":"{{phone}}"{{nikPart}}}""", NewKey());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, Title(body));
    }

    private Task<(HttpResponseMessage Response, string Body)> IssueAsync(HttpClient client, string body) =>
        SendAsync(client, HttpMethod.Post, "/api/v1/tickets", host.PolresTickets, body, NewKey());

    private static async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpClient client, HttpMethod method, string path, string credential, string? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string? Title(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.GetProperty("title").GetString();
    }

    private static string? Detail(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.GetProperty("detail").GetString();
    }
}
