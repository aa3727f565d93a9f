using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Components;

namespace MppQueue.Admin.Components.Command;

/// <summary>
/// What the Command Center's two pages share: who is looking (an agency supervisor sees only their agency), the
/// snapshot re-read on every queue event and on a timer, so that waits grow and silent devices show without events.
/// </summary>
public abstract class CommandViewBase : LiveComponentBase
{
    private Officer? _me;

    [Inject]
    protected CommandCenter Center { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    /// <summary>The building as last read; null until the account is known, or when it is no longer active.</summary>
    protected BuildingSnapshot? Snapshot { get; private set; }

    /// <summary>The signed-in account is gone or disabled: the page shows nothing of the building.</summary>
    protected bool AccountInactive { get; private set; }

    protected override TimeSpan? RefreshInterval => Center.Options.Refresh;

    /// <summary>The agency a person's view is limited to: none for admins and MPP-wide supervisors.</summary>
    public static string? ScopeOf(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Role == OfficerRole.Admin ? null : officer.AgencyId;
    }

    protected override async Task OnInitializedAsync()
    {
        _me = await Officers.GetAsync();
        AccountInactive = _me is null;
    }

    protected override void Load() =>
        Snapshot = _me is { } me ? Center.Snapshot(ScopeOf(me)) : null;

    /// <summary>The name of the agency the view is limited to, or null for the whole building.</summary>
    protected string? ScopeName =>
        Snapshot?.AgencyScope is { } id
            ? Engine.Catalog.Agencies.TryGetValue(id, out var agency) ? Ui.Text.Labels.AgencyName(agency) : id
            : null;
}
