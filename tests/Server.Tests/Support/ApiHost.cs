using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Server.Tests.Support;

/// <summary>
/// One host for the API's tests, with an API client of every kind the authorization matrix asks about (Polres's,
/// the whole MPP's, one without the read operation, a revoked one, a renewed one's old credential), a ticket of
/// Polres and one of Disdukcapil, and a client signed in with the officers' cookie.
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
    }

    private HttpClient? _admin;

    public MppQueueFactory Factory { get; } = new();

    public string Polres { get; }

    public string Mpp { get; }

    public string WithoutRead { get; }

    public string Revoked { get; }

    public string RenewedOld { get; }

    public string RenewedNew { get; }

    public string WrongSecret { get; }

    public string PolresTicketId { get; }

    public string DisdukcapilTicketId { get; }

    /// <summary>A client signed in as the demo admin with the officers' cookie, which must not open the API.</summary>
    public async Task<HttpClient> AdminCookieAsync() => _admin ??= await Accounts.SignedInAsync(Factory, "admin");

    public void Dispose()
    {
        _admin?.Dispose();
        Factory.Dispose();
    }
}
