namespace MppQueue.Server.Tests.Support;

/// <summary>One host for the table, with a ticket served today (for the ticket history), and one signed-in client per person.</summary>
public sealed class AuthorizationHost : IDisposable
{
    private readonly MppQueueFactory _factory = new();
    private readonly Dictionary<Who, HttpClient> _clients = [];

    public AuthorizationHost()
    {
        var (ticket, desk) = _factory.IssueAndCall("ktp-el");
        _factory.Engine.Finish(desk.Id, ticket.Id);
        TicketId = ticket.Id;
    }

    public string TicketId { get; }

    public async Task<HttpClient> ClientAsync(Who who)
    {
        if (!_clients.TryGetValue(who, out var client))
        {
            client = who switch
            {
                Who.Anonymous => Accounts.Client(_factory),
                Who.Officer => await Accounts.SignedInAsync(_factory, "petugas.disdukcapil"),
                Who.OfficerOfAnotherAgency => await Accounts.SignedInAsync(_factory, "petugas.samsat"),
                Who.AgencySupervisor => await Accounts.SignedInAsync(_factory, "supervisor.disdukcapil"),
                Who.MppSupervisor => await Accounts.SignedInAsync(_factory, "supervisor"),
                _ => await Accounts.SignedInAsync(_factory, "admin"),
            };
            _clients[who] = client;
        }

        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _factory.Dispose();
    }
}
