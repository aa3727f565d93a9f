using Microsoft.AspNetCore.Components;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Pages.People;

/// <summary>
/// API clients for other systems: create one and show its credential once, renew its secret or revoke it. Admins
/// only, enforced again by <see cref="ApiClientAdministration"/>. The page renders an <see cref="ApiClientsBoard"/>
/// and forwards clicks to it.
/// </summary>
public sealed partial class ApiClientsPage
{
    private const string Renew = ApiClientsBoard.Renew;
    private const string Revoke = ApiClientsBoard.Revoke;

    private ApiClientsBoard _board = default!;

    [Inject]
    private ApiClientAdministration Clients { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    protected override void OnInitialized()
    {
        _board = new ApiClientsBoard(Clients, Engine, Current.GetAsync);
        _board.Load();
    }

    private Task OnCreate() => _board.CreateAsync();

    private Task OnRenew(ApiClient client) => _board.RenewAsync(client);

    private Task OnRevoke(ApiClient client) => _board.RevokeAsync(client);
}
