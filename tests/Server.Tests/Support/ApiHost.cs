using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Server.Tests.Support;

/// <summary>
/// One host for the API's tests, with an API client of every kind the authorization matrix asks about (Polres's
/// reader, Polres's booking system and ticket system, the whole MPP's, one without the read operation, a revoked one,
/// a renewed one's old credential), a ticket of Polres and one of Disdukcapil, two bookings of Polres for tomorrow
/// (one to cancel, one to move), and a client signed in with the officers' cookie.
/// </summary>
public sealed class ApiHost : IDisposable
{
    public ApiHost()
    {
        var registry = Factory.Services.GetRequiredService<ApiClientRegistry>();
        var catalog = Factory.Engine.Catalog;
        string Create(string? agency, params ApiOperation[] operations) =>
            registry.Create(new ApiClientRequest("Uji " + (agency ?? "MPP"), agency, operations), catalog).Credential;

        Polres = Create("polres", ApiOperation.Read);
        PolresBookings = Create("polres", ApiOperation.Read, ApiOperation.Bookings);
        PolresTickets = Create("polres", ApiOperation.Read, ApiOperation.Tickets);
        Mpp = Create(null, ApiOperation.Read);
        WithoutRead = Create("polres", ApiOperation.Tickets, ApiOperation.Bookings);
        Revoked = Create("polres", ApiOperation.Read);
        registry.Revoke(Revoked.Split('.')[0]);
        RenewedOld = Create("polres", ApiOperation.Read);
        RenewedNew = registry.Renew(RenewedOld.Split('.')[0]).Credential;
        WrongSecret = Polres.Split('.')[0] + "." + ApiSecret.New();

        PolresTicketId = Factory.Engine.Issue(new IssueRequest("skck")).Id;
        var (served, desk) = Factory.IssueAndCall("ktp-el");
        Factory.Engine.StartServing(desk.Id, served.Id);
        DisdukcapilTicketId = served.Id;

        Secret = Factory.Services.GetRequiredService<BookingSecret>();
        Tomorrow = Factory.Engine.Today.AddDays(1);
        PolresBookingToCancel = Book("081277770001", "3201000000000001").Code;
        PolresBookingToMove = Book("081277770002", "3201000000000002").Code;
    }

    /// <summary>The Disdukcapil booking of the demo for tomorrow (KTP-el, 08:00), another agency's for Polres's clients.</summary>
    public const string DisdukcapilBooking = "KTPBESOK";

    private HttpClient? _admin;

    public MppQueueFactory Factory { get; } = new();

    public string Polres { get; }

    public string PolresBookings { get; }

    public string PolresTickets { get; }

    public string Mpp { get; }

    public string WithoutRead { get; }

    public string Revoked { get; }

    public string RenewedOld { get; }

    public string RenewedNew { get; }

    public string WrongSecret { get; }

    public string PolresTicketId { get; }

    public string DisdukcapilTicketId { get; }

    public BookingSecret Secret { get; }

    /// <summary>Tuesday: the host's clock stands on Monday morning, and SKCK takes bookings from tomorrow on.</summary>
    public DateOnly Tomorrow { get; }

    public string PolresBookingToCancel { get; }

    public string PolresBookingToMove { get; }

    /// <summary>Books SKCK (which needs the NIK) tomorrow at 09:00 for a holder, through the engine.</summary>
    public Booking Book(string phone, string nik, string time = "09:00") =>
        Factory.Engine.Book(new BookingRequest("skck", Tomorrow, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), BookingHolder.From(phone, nik, Secret)));

    /// <summary>A client signed in as the demo admin with the officers' cookie, which must not open the API.</summary>
    public async Task<HttpClient> AdminCookieAsync() => _admin ??= await Accounts.SignedInAsync(Factory, "admin");

    public void Dispose()
    {
        _admin?.Dispose();
        Factory.Dispose();
    }
}
