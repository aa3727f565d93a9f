using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// The officers page's state and decisions: the new account's form, a disable or enable that takes a second click,
/// one password reset open at a time, and what was done or refused in the page's words. What a person may do is
/// decided by <see cref="OfficerAdministration"/>, which re-reads the acting account before every change; the board
/// only hides what would be refused anyway. A plain class: the page renders it, a unit test reaches it without rendering.
/// </summary>
/// <param name="whoActs">Reads the signed-in, active account afresh (null when there is none).</param>
/// <param name="region">The sites this node reads for regional accounts (none without it).</param>
public sealed class OfficersBoard(OfficerAdministration administration, QueueEngine engine, Func<Task<Officer?>> whoActs, RegionReader? region = null)
{
    /// <summary>The signed-in account as last read; null shows nothing but "not signed in".</summary>
    public Officer? Actor { get; private set; }

    /// <summary>The accounts the actor may see.</summary>
    public IReadOnlyList<Officer> Officers { get; private set; } = [];

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public OfficerRole Role { get; set; } = OfficerRole.Officer;

    /// <summary>The new account's agency; empty or null for the whole MPP.</summary>
    public string? AgencyId { get; set; }

    public string? Password { get; set; }

    /// <summary>The sites a new regional account is given.</summary>
    public HashSet<string> NewRegionSites { get; } = new(StringComparer.Ordinal);

    /// <summary>The sites this node reads, which a regional account may be given (in the configured order).</summary>
    public IReadOnlyList<string> RegionSiteChoices => region is null ? [] : region.Sites;

    /// <summary>The regional account whose sites are being changed.</summary>
    public string? EditingSites { get; private set; }

    /// <summary>The sites ticked for <see cref="EditingSites"/>.</summary>
    public HashSet<string> EditedSites { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the new account was refused.</summary>
    public string? CreateError { get; private set; }

    /// <summary>What the last change did.</summary>
    public string? Notice { get; private set; }

    /// <summary>Why the last change to a listed account was refused.</summary>
    public string? RowError { get; private set; }

    /// <summary>The account whose disable or enable waits for its second click.</summary>
    public string? Confirming { get; private set; }

    /// <summary>The account whose password reset is open.</summary>
    public string? Resetting { get; private set; }

    public string? NewPassword { get; set; }

    /// <summary>Whether a change is under way (a second click meanwhile does nothing).</summary>
    public bool Busy { get; private set; }

    /// <summary>An agency's supervisor creates accounts for their own agency only.</summary>
    public bool IsAgencyFixed => Actor is { Role: OfficerRole.Supervisor, AgencyId: not null };

    public string? ScopedAgencyName => IsAgencyFixed ? AgencyName(Actor!.AgencyId) : null;

    /// <summary>The agencies a new account may belong to, by name.</summary>
    public IEnumerable<Agency> Agencies => engine.Catalog.Agencies.Values
        .Where(a => !IsAgencyFixed || a.Id == Actor!.AgencyId)
        .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase);

    public static string PasswordHelp => Labels.Format(PeopleText.FieldPasswordHelp, OfficerAdministration.MinPasswordLength);

    /// <summary>Reads the actor and the accounts they see; a new account starts in the actor's agency, else the first.</summary>
    public async Task LoadAsync()
    {
        Actor = await whoActs();
        AgencyId = IsAgencyFixed ? Actor!.AgencyId : Agencies.FirstOrDefault()?.Id;
        Reload();
    }

    public void GenerateNewPassword() => Password = OfficerAdministration.GeneratePassword();

    public void GenerateResetPassword() => NewPassword = OfficerAdministration.GeneratePassword();

    /// <summary>Creates the account on the form; on success the form empties (the role and agency stay for the next one).</summary>
    public async Task CreateAsync()
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            var actor = await ActorAsync();
            var sites = Role == OfficerRole.Regional ? [.. NewRegionSites] : (IReadOnlyList<string>?)null;
            var created = administration.Create(actor, new NewOfficer(UserName ?? string.Empty, DisplayName ?? string.Empty, Role, AgencyId, Password ?? string.Empty, sites));
            Notice = Labels.Format(PeopleText.Created, created.UserName);
            CreateError = null;
            UserName = DisplayName = Password = null;
        }
        catch (OfficerAdminException refusal)
        {
            CreateError = Refusal(refusal.Error);
            Notice = null;
        }
        finally
        {
            Busy = false;
            Reload();
        }
    }

    /// <summary>The first click asks for confirmation; the second, on the same account, disables or enables it.</summary>
    public async Task ToggleActiveAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (Confirming != officer.Id)
        {
            Confirming = officer.Id;
            return;
        }

        Confirming = null;
        await ChangeAsync(async () =>
        {
            var changed = administration.SetActive(await ActorAsync(), officer.Id, !officer.Active);
            return Labels.Format(changed.Active ? PeopleText.WasEnabled : PeopleText.WasDisabled, changed.UserName);
        });
    }

    public void StartReset(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        Resetting = officer.Id;
        NewPassword = null;
        RowError = null;
    }

    public void CancelReset()
    {
        Resetting = null;
        NewPassword = null;
    }

    /// <summary>Sets the typed (or generated) password; the reset closes only when it was accepted.</summary>
    public async Task SavePasswordAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await ChangeAsync(async () =>
        {
            var changed = administration.ResetPassword(await ActorAsync(), officer.Id, NewPassword ?? string.Empty);
            CancelReset();
            return Labels.Format(PeopleText.PasswordWasReset, changed.UserName);
        });
    }

    /// <summary>Opens the choice of sites of a regional account, ticked as it has them.</summary>
    public void StartEditSites(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        EditingSites = officer.Id;
        EditedSites.Clear();
        EditedSites.UnionWith(officer.RegionSites);
        RowError = null;
    }

    public void CancelEditSites()
    {
        EditingSites = null;
        EditedSites.Clear();
    }

    /// <summary>Ticks or unticks a site in a set of sites (the new account's or the one being changed).</summary>
    public static void ToggleSite(HashSet<string> sites, string schema, bool given)
    {
        ArgumentNullException.ThrowIfNull(sites);
        if (given)
        {
            sites.Add(schema);
        }
        else
        {
            sites.Remove(schema);
        }
    }

    /// <summary>Saves the ticked sites of the regional account; the choice closes only when they were accepted.</summary>
    public async Task SaveSitesAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await ChangeAsync(async () =>
        {
            var changed = administration.SetRegionSites(await ActorAsync(), officer.Id, [.. EditedSites]);
            CancelEditSites();
            return Labels.Format(RegionText.RegionSitesSaved, changed.UserName);
        });
    }

    /// <summary>Whether the actor may change the account's sites (an admin, a regional account).</summary>
    public bool MayEditSites(Officer officer) =>
        officer is { Role: OfficerRole.Regional } && Actor is { Role: OfficerRole.Admin } && RegionSiteChoices.Count > 0;

    /// <summary>Where an account works: its agency (or the whole MPP), or for a regional account its sites.</summary>
    public string PlaceOf(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Role != OfficerRole.Regional ? AgencyName(officer.AgencyId)
            : officer.RegionSites.Count == 0 ? RegionText.RegionSitesNone
            : string.Join(", ", officer.RegionSites);
    }

    /// <summary>Whether the actor may disable, enable or reset <paramref name="officer"/> (the buttons are shown).</summary>
    public bool MayManage(Officer officer) => Actor is not null && OfficerAdministration.MayManage(Actor, officer);

    /// <summary>The roles the actor may give a new account.</summary>
    /// <summary>The roles the actor may give a new account (a regional one only where this node reads other sites).</summary>
    public IReadOnlyList<OfficerRole> Roles() => Actor is null ? []
        : [.. OfficerAdministration.RolesFor(Actor).Where(r => r != OfficerRole.Regional || RegionSiteChoices.Count > 0)];

    public string ToggleLabel(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var label = officer.Active ? PeopleText.ActionDisable : PeopleText.ActionEnable;
        return Confirming == officer.Id ? Labels.Format(PeopleText.ActionConfirm, label) : label;
    }

    public string AgencyName(string? agencyId) =>
        agencyId is null ? PeopleText.AgencyWholeMpp
        : engine.Catalog.Agencies.TryGetValue(agencyId, out var agency) ? agency.Name : agencyId;

    public static string RoleName(OfficerRole role) => role switch
    {
        OfficerRole.Admin => PeopleText.RoleAdmin,
        OfficerRole.Supervisor => PeopleText.RoleSupervisor,
        OfficerRole.Regional => RegionText.RoleRegional,
        _ => PeopleText.RoleOfficer,
    };

    public static string Refusal(OfficerAdminError error) => error switch
    {
        OfficerAdminError.UserNameMissing => PeopleText.Error_UserNameMissing,
        OfficerAdminError.UserNameTooLong => Labels.Format(PeopleText.Error_UserNameTooLong, OfficerAdministration.MaxUserNameLength),
        OfficerAdminError.UserNameInvalid => PeopleText.Error_UserNameInvalid,
        OfficerAdminError.UserNameTaken => PeopleText.Error_UserNameTaken,
        OfficerAdminError.DisplayNameMissing => PeopleText.Error_DisplayNameMissing,
        OfficerAdminError.DisplayNameTooLong => Labels.Format(PeopleText.Error_DisplayNameTooLong, OfficerAdministration.MaxDisplayNameLength),
        OfficerAdminError.AgencyMissing => PeopleText.Error_AgencyMissing,
        OfficerAdminError.UnknownAgency => PeopleText.Error_UnknownAgency,
        OfficerAdminError.PasswordTooShort => Labels.Format(PeopleText.Error_PasswordTooShort, OfficerAdministration.MinPasswordLength),
        OfficerAdminError.PasswordTooLong => Labels.Format(PeopleText.Error_PasswordTooLong, OfficerAdministration.MaxPasswordLength),
        OfficerAdminError.UnknownOfficer => PeopleText.Error_UnknownOfficer,
        OfficerAdminError.DisableSelf => PeopleText.Error_DisableSelf,
        OfficerAdminError.LastAdmin => PeopleText.Error_LastAdmin,
        OfficerAdminError.UnknownRegionSite => RegionText.ErrorNotConfigured,
        OfficerAdminError.NotRegional => RegionText.ErrorNotRegional,
        _ => PeopleText.Error_NotAllowed,
    };

    private async Task ChangeAsync(Func<Task<string>> change)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            Notice = await change();
            RowError = null;
        }
        catch (OfficerAdminException refusal)
        {
            RowError = Refusal(refusal.Error);
            Notice = null;
        }
        finally
        {
            Busy = false;
            Reload();
        }
    }

    // Read fresh before each change: a person disabled a moment ago in another tab acts no more.
    private async Task<Officer> ActorAsync()
    {
        Actor = await whoActs();
        return Actor ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
    }

    private void Reload() => Officers = Actor is null ? [] : administration.Visible(Actor);
}
