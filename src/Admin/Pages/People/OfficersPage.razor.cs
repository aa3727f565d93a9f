using Microsoft.AspNetCore.Components;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Pages.People;

/// <summary>
/// Accounts and their roles: create, disable or enable, reset a password. The page renders an
/// <see cref="OfficersBoard"/> and forwards clicks to it; <see cref="OfficerAdministration"/> decides what a person may do.
/// </summary>
public sealed partial class OfficersPage
{
    private OfficersBoard _board = default!;

    [Inject]
    private OfficerAdministration Officers { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private RegionReader Region { get; set; } = default!;

    protected override Task OnInitializedAsync()
    {
        _board = new OfficersBoard(Officers, Engine, Current.GetAsync, Region);
        return _board.LoadAsync();
    }

    private void OnGenerateNewPassword() => _board.GenerateNewPassword();

    private void OnGenerateResetPassword() => _board.GenerateResetPassword();

    private Task OnCreateAsync() => _board.CreateAsync();

    private Task OnToggleActiveAsync(Officer officer) => _board.ToggleActiveAsync(officer);

    private void OnStartReset(Officer officer) => _board.StartReset(officer);

    private void OnCancelReset() => _board.CancelReset();

    private Task OnSavePasswordAsync(Officer officer) => _board.SavePasswordAsync(officer);

    private void OnStartEditSites(Officer officer) => _board.StartEditSites(officer);

    private void OnCancelEditSites() => _board.CancelEditSites();

    private Task OnSaveSitesAsync(Officer officer) => _board.SaveSitesAsync(officer);

    private static void OnSiteToggled(HashSet<string> sites, string schema, bool given) => OfficersBoard.ToggleSite(sites, schema, given);
}
