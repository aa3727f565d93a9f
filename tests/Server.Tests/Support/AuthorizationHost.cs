using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Server.Tests.Support;

/// <summary>One host for the table, with a ticket served today (for the ticket history), and one signed-in client per person.</summary>
public sealed class AuthorizationHost : IDisposable
{
    private readonly MppQueueFactory _factory = new();
    private readonly Dictionary<Who, HttpClient> _clients = [];
    private HttpClient? _regional;

    public AuthorizationHost()
    {
        var (ticket, desk) = _factory.IssueAndCall("ktp-el");
        _factory.Engine.Finish(desk.Id, ticket.Id);
        TicketId = ticket.Id;
    }

    public string TicketId { get; }

    /// <summary>A regional account of the host (given no site: the host reads no region), signed in.</summary>
    public async Task<HttpClient> RegionalClientAsync()
    {
        if (_regional is null)
        {
            var account = new Officer { Id = "regional-1", UserName = "wilayah.provinsi", DisplayName = "Wilayah Provinsi", Role = OfficerRole.Regional };
            var hash = _factory.Services.GetRequiredService<IPasswordHasher<Officer>>().HashPassword(account, Accounts.DemoPassword);
            _factory.Services.GetRequiredService<IQueueStore>().SaveOfficer(account with { PasswordHash = hash });
            _regional = await Accounts.SignedInAsync(_factory, account.UserName);
        }

        return _regional;
    }

    public async Task<HttpClient> ClientAsync(Who who)
    {
        if (!_clients.TryGetValue(who, out var client))
        {
            client = who == Who.Anonymous ? Accounts.Client(_factory) : await Accounts.SignedInAsync(_factory, UserName(who));
            _clients[who] = client;
        }

        return client;
    }

    /// <summary>The demo account that stands for <paramref name="who"/> (not for <see cref="Who.Anonymous"/>).</summary>
    public static string UserName(Who who) => who switch
    {
        Who.Officer => "petugas.disdukcapil",
        Who.OfficerOfAnotherAgency => "petugas.samsat",
        Who.AgencySupervisor => "supervisor.disdukcapil",
        Who.MppSupervisor => "supervisor",
        Who.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "Nobody signs in as nobody."),
    };

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _regional?.Dispose();

        _factory.Dispose();
    }
}
