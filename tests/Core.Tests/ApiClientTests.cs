using Microsoft.Extensions.Time.Testing;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>API clients: secrets kept only as hashes and checked in full, the registry's rules, and the caller's scope.</summary>
public class ApiClientTests
{
    private readonly SiteCatalog _catalog = TestSite.Build();
    private readonly InMemoryApiClientStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    private ApiClientRegistry NewRegistry() => new(_store, _time);

    private static ApiCaller Caller(string? agencyId, params ApiOperation[] operations) =>
        new("c1", "Uji", new ApiScope(agencyId), [.. operations]);

    private static Ticket TicketOf(string serviceId, string? issuedBy = null) => new()
    {
        Id = "t-" + serviceId,
        Token = "token-" + serviceId,
        ServiceId = serviceId,
        IssuingServiceId = issuedBy ?? serviceId,
        Number = new TicketNumber("A", 1),
        ServiceDate = new DateOnly(2026, 11, 23),
        Status = TicketStatus.Waiting,
        IssuedAt = DateTimeOffset.UnixEpoch,
        ArrivedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Hash_Secret_IsSha256HexAndMatchesOnlyThatSecret()
    {
        var secret = ApiSecret.New();
        var hash = ApiSecret.Hash(secret);

        Assert.Equal(64, hash.Length);
        Assert.NotEqual(secret, hash);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiSecret.Hash("abc"));
        Assert.True(ApiSecret.Matches(secret, hash));
        Assert.False(ApiSecret.Matches(secret + "x", hash));
        Assert.False(ApiSecret.Matches(secret[..^1], hash));
        Assert.False(ApiSecret.Matches(null, hash));
        Assert.False(ApiSecret.Matches(secret, "short"));
    }

    [Fact]
    public void New_TwoSecrets_AreLongAndDifferent()
    {
        var first = ApiSecret.New();

        Assert.True(first.Length >= 43);
        Assert.NotEqual(first, ApiSecret.New());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nodot")]
    [InlineData(".secret")]
    [InlineData("client.")]
    [InlineData("cli ent.secret")]
    [InlineData("client.sec ret")]
    public void TryParse_Malformed_IsRefused(string? credential) =>
        Assert.False(ApiSecret.TryParse(credential, out _, out _));

    [Fact]
    public void Create_AgencyClient_StoresOnlyTheHashAndItsCredentialAuthenticates()
    {
        var registry = NewRegistry();

        var issued = registry.Create(new ApiClientRequest(" Sistem Polres ", "polres", [ApiOperation.Read, ApiOperation.Tickets]), _catalog);

        var stored = _store.Stored(issued.Client.Id)!;
        var secret = issued.Credential[(issued.Client.Id.Length + 1)..];
        Assert.Equal("Sistem Polres", stored.Name);
        Assert.Equal("polres", stored.Scope.AgencyId);
        Assert.Equal([ApiOperation.Read, ApiOperation.Tickets], stored.Operations);
        Assert.Equal(ApiSecret.Hash(secret), stored.SecretHash);
        Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);
        var caller = NewRegistry().Authenticate(issued.Credential);
        Assert.Equal((issued.Client.Id, "polres"), (caller?.ClientId, caller?.Scope.AgencyId));
    }

    [Fact]
    public void Authenticate_WrongSecretOrUnknownClient_IsNull()
    {
        var registry = NewRegistry();
        var issued = registry.Create(new ApiClientRequest("Dasbor", null, [ApiOperation.Read]), _catalog);

        Assert.Null(registry.Authenticate(issued.Credential + "x"));
        Assert.Null(registry.Authenticate(issued.Client.Id + "." + ApiSecret.New()));
        Assert.Null(registry.Authenticate("0123456789abcdef." + issued.Credential.Split('.')[1]));
        Assert.NotNull(registry.Authenticate(issued.Credential));
    }

    [Fact]
    public void Renew_Client_OldSecretStopsAndNewOneWorks()
    {
        var registry = NewRegistry();
        var first = registry.Create(new ApiClientRequest("Dasbor", null, [ApiOperation.Read]), _catalog);
        _time.Advance(TimeSpan.FromMinutes(5));

        var renewed = registry.Renew(first.Client.Id);

        Assert.Null(registry.Authenticate(first.Credential));
        Assert.NotNull(registry.Authenticate(renewed.Credential));
        Assert.Equal(first.Client.CreatedAt.AddMinutes(5), _store.Stored(first.Client.Id)!.SecretIssuedAt);
    }

    [Fact]
    public void Revoke_Client_NoSecretWorksAndItCannotBeRenewed()
    {
        var registry = NewRegistry();
        var issued = registry.Create(new ApiClientRequest("Dasbor", null, [ApiOperation.Read]), _catalog);

        registry.Revoke(issued.Client.Id);

        Assert.Null(NewRegistry().Authenticate(issued.Credential));
        Assert.False(_store.Stored(issued.Client.Id)!.Active);
        Assert.Equal(ApiClientError.AlreadyRevoked, Assert.Throws<ApiClientException>(() => registry.Renew(issued.Client.Id)).Error);
        Assert.Equal(ApiClientError.AlreadyRevoked, Assert.Throws<ApiClientException>(() => registry.Revoke(issued.Client.Id)).Error);
    }

    [Theory]
    [InlineData("", "polres", ApiClientError.NameMissing)]
    [InlineData("Dasbor", "samsat", ApiClientError.UnknownAgency)]
    [InlineData("Dasbor", null, ApiClientError.MppScopeReadOnly)]
    public void Create_Invalid_IsRefusedAndStoresNothing(string name, string? agencyId, ApiClientError expected)
    {
        var registry = NewRegistry();

        var refusal = Assert.Throws<ApiClientException>(() => registry.Create(new ApiClientRequest(name, agencyId, [ApiOperation.Read, ApiOperation.Bookings]), _catalog));

        Assert.Equal(expected, refusal.Error);
        Assert.Empty(_store.LoadApiClients());
    }

    [Fact]
    public void Create_NoOperations_IsRefused() =>
        Assert.Equal(ApiClientError.NoOperations, Assert.Throws<ApiClientException>(() => NewRegistry().Create(new ApiClientRequest("X", "polres", []), _catalog)).Error);

    [Fact]
    public void Caller_AgencyScope_SeesOnlyItsAgencyAndTheRestIsNotFound()
    {
        var caller = Caller("polres", ApiOperation.Read);

        Assert.Equal(["polres"], caller.Agencies(_catalog).Select(a => a.Id));
        Assert.Equal(["sk"], caller.Services(_catalog).Select(s => s.Id));
        Assert.Equal("sk", caller.RequireService(_catalog, "sk").Id);
        Assert.Equal(ApiAccessError.NotFound, Assert.Throws<ApiAccessException>(() => caller.RequireService(_catalog, "a")).Error);
        Assert.Equal(ApiAccessError.NotFound, Assert.Throws<ApiAccessException>(() => caller.RequireService(_catalog, "nope")).Error);
        Assert.Equal(ApiAccessError.NotFound, Assert.Throws<ApiAccessException>(() => caller.RequireAgency(_catalog, "disdukcapil")).Error);
        Assert.Equal(ApiAccessError.NotFound, Assert.Throws<ApiAccessException>(() => caller.Services(_catalog, "disdukcapil")).Error);
    }

    [Fact]
    public void Caller_Ticket_VisibleToTheAgencyThatIssuedOrServesItOnly()
    {
        var polres = Caller("polres", ApiOperation.Read);
        var transferred = TicketOf("sk", issuedBy: "a");

        Assert.Same(transferred, polres.RequireTicket(_catalog, transferred));
        Assert.Same(transferred, Caller("disdukcapil", ApiOperation.Read).RequireTicket(_catalog, transferred));
        Assert.Equal(ApiAccessError.NotFound, Assert.Throws<ApiAccessException>(() => polres.RequireTicket(_catalog, TicketOf("a"))).Error);
        Assert.Equal(ApiAccessError.NotFound, Assert.Throws<ApiAccessException>(() => polres.RequireTicket(_catalog, null)).Error);
        Assert.Same(transferred, Caller(null, ApiOperation.Read).RequireTicket(_catalog, transferred));
    }

    [Fact]
    public void Caller_MppScope_SeesEveryActiveAgencyAndService()
    {
        var catalog = _catalog with { Services = _catalog.Services.SetItem("c", _catalog.Services["c"] with { Active = false }) };
        var caller = Caller(null, ApiOperation.Read);

        Assert.Equal(["disdukcapil", "polres"], caller.Agencies(catalog).Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "sk"], caller.Services(catalog).Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(ApiAccessError.NotFound, Assert.Throws<ApiAccessException>(() => caller.RequireService(catalog, "c")).Error);
    }

    [Fact]
    public void Caller_WithoutRead_IsRefusedEveryReadAsNotAllowed()
    {
        var caller = Caller("polres", ApiOperation.Tickets);

        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => caller.Agencies(_catalog)).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => caller.Services(_catalog)).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => caller.RequireService(_catalog, "sk")).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => caller.RequireTicket(_catalog, TicketOf("sk"))).Error);
        caller.Require(ApiOperation.Tickets);
    }

    [Fact]
    public void ForCall_ReadOrRefused_IsNotAuditedAndAChangeIs()
    {
        var caller = Caller("polres", ApiOperation.Bookings);
        var at = _time.GetUtcNow();

        Assert.Null(ApiAudit.ForCall(caller, "GET", "/api/v1/services", "/api/v1/services", 200, at));
        Assert.Null(ApiAudit.ForCall(caller, "POST", "/api/v1/bookings", "/api/v1/bookings", 409, at));
        var entry = ApiAudit.ForCall(caller, "post", "/api/v1/bookings", "/api/v1/bookings", 201, at);
        Assert.Equal(("api:c1", ApiAudit.Call, "POST /api/v1/bookings → 201"), (entry?.ActorId, entry?.Action, entry?.Detail));
    }

    private static Booking BookingOf(string serviceId) => new()
    {
        Code = "KODE" + serviceId.ToUpperInvariant(),
        ServiceId = serviceId,
        Date = new DateOnly(2026, 11, 24),
        Window = new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)),
    };

    [Fact]
    public void Caller_WriteWithTheOperation_ReachesOnlyItsAgencysServicesAndBookings()
    {
        var caller = Caller("polres", ApiOperation.Bookings, ApiOperation.Tickets);
        var own = BookingOf("sk");

        Assert.Equal("sk", caller.RequireServiceFor(ApiOperation.Tickets, _catalog, "sk").Id);
        Assert.Equal("sk", caller.RequireServiceFor(ApiOperation.Bookings, _catalog, "sk").Id);
        Assert.Same(own, caller.RequireBooking(_catalog, own));
        Assert.Equal("polres", caller.RequireOwnAgency(ApiOperation.Bookings, _catalog).Id);
    }

    [Fact]
    public void Caller_WriteOnAnotherAgencysThing_IsNotFoundExactlyLikeAnUnknownOne()
    {
        var caller = Caller("polres", ApiOperation.Bookings, ApiOperation.Tickets);

        var other = Assert.Throws<ApiAccessException>(() => caller.RequireServiceFor(ApiOperation.Tickets, _catalog, "a"));
        var unknown = Assert.Throws<ApiAccessException>(() => caller.RequireServiceFor(ApiOperation.Tickets, _catalog, "nope"));
        var otherBooking = Assert.Throws<ApiAccessException>(() => caller.RequireBooking(_catalog, BookingOf("a")));
        var noBooking = Assert.Throws<ApiAccessException>(() => caller.RequireBooking(_catalog, null));

        Assert.Equal((ApiAccessError.NotFound, unknown.Message), (other.Error, other.Message));
        Assert.Equal((ApiAccessError.NotFound, noBooking.Message), (otherBooking.Error, otherBooking.Message));
    }

    [Fact]
    public void Caller_WriteForAnInactiveService_IsNotFound()
    {
        var catalog = _catalog with { Services = _catalog.Services.SetItem("sk", _catalog.Services["sk"] with { Active = false }) };

        var refused = Assert.Throws<ApiAccessException>(() => Caller("polres", ApiOperation.Tickets).RequireServiceFor(ApiOperation.Tickets, catalog, "sk"));

        Assert.Equal(ApiAccessError.NotFound, refused.Error);
    }

    [Fact]
    public void Caller_WriteWithoutItsOperation_IsNotAllowed()
    {
        var reader = Caller("polres", ApiOperation.Read);
        var ticketsOnly = Caller("polres", ApiOperation.Tickets);

        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => reader.RequireServiceFor(ApiOperation.Tickets, _catalog, "sk")).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => reader.RequireBooking(_catalog, BookingOf("sk"))).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => ticketsOnly.RequireBooking(_catalog, BookingOf("sk"))).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => ticketsOnly.RequireOwnAgency(ApiOperation.Bookings, _catalog)).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => ticketsOnly.RequireServiceFor(ApiOperation.Bookings, _catalog, "sk")).Error);

        // Even an unknown service is refused as not allowed first: a client without the operation learns nothing.
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => reader.RequireServiceFor(ApiOperation.Tickets, _catalog, "nope")).Error);
    }

    [Fact]
    public void Caller_MppScope_MayNotWriteWhateverItsOperationsSay()
    {
        var mpp = Caller(null, ApiOperation.Read, ApiOperation.Bookings, ApiOperation.Tickets);

        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => mpp.RequireServiceFor(ApiOperation.Tickets, _catalog, "sk")).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => mpp.RequireBooking(_catalog, BookingOf("sk"))).Error);
        Assert.Equal(ApiAccessError.OperationNotAllowed, Assert.Throws<ApiAccessException>(() => mpp.RequireOwnAgency(ApiOperation.Bookings, _catalog)).Error);
        Assert.Equal("sk", mpp.RequireService(_catalog, "sk").Id);
    }

    [Fact]
    public void ForCall_AChangeThatSaysWhatItDid_NamesItsSubjectAndWhat()
    {
        var entry = ApiAudit.ForCall(Caller("polres", ApiOperation.Bookings), "POST", "/api/v1/bookings", "KODE1234", 201, _time.GetUtcNow(), "booking KODE1234 made for sk");

        Assert.Equal(("KODE1234", "POST /api/v1/bookings → 201: booking KODE1234 made for sk"), (entry?.Subject, entry?.Detail));
    }
}
