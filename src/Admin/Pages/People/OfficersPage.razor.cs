using Microsoft.AspNetCore.Components;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages.People;

/// <summary>
/// Accounts and their roles: create, disable or enable, reset a password. What a person may do is decided by
/// <see cref="OfficerAdministration"/>, which re-reads the acting account before every change; this page only
/// hides what would be refused anyway.
/// </summary>
public sealed partial class OfficersPage
{
    private Officer? _actor;
    private IReadOnlyList<Officer> _officers = [];
    private string? _userName;
    private string? _displayName;
    private OfficerRole _role = OfficerRole.Officer;
    private string? _agencyId;
    private string? _password;
    private string? _createError;
    private string? _notice;
    private string? _rowError;
    private string? _confirmToggle;
    private string? _resetting;
    private string? _newPassword;
    private bool _busy;

    [Inject]
    private OfficerAdministration Officers { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    private bool IsAgencyFixed => _actor is { Role: OfficerRole.Supervisor, AgencyId: not null };

    private string? ScopedAgencyName => IsAgencyFixed ? AgencyName(_actor!.AgencyId) : null;

    private IEnumerable<Agency> Agencies => Engine.Catalog.Agencies.Values
        .Where(a => !IsAgencyFixed || a.Id == _actor!.AgencyId)
        .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase);

    private static string PasswordHelp => Labels.Format(PeopleText.FieldPasswordHelp, OfficerAdministration.MinPasswordLength);

    protected override async Task OnInitializedAsync()
    {
        _actor = await Current.GetAsync();
        _agencyId = IsAgencyFixed ? _actor!.AgencyId : Agencies.FirstOrDefault()?.Id;
        Reload();
    }

    private void OnGenerateNewPassword() => _password = OfficerAdministration.GeneratePassword();

    private void OnGenerateResetPassword() => _newPassword = OfficerAdministration.GeneratePassword();

    private async Task OnCreateAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var actor = await ActorAsync();
            var created = Officers.Create(actor, new NewOfficer(_userName ?? string.Empty, _displayName ?? string.Empty, _role, _agencyId, _password ?? string.Empty));
            _notice = Labels.Format(PeopleText.Created, created.UserName);
            _createError = null;
            _userName = _displayName = _password = null;
        }
        catch (OfficerAdminException refusal)
        {
            _createError = Refusal(refusal.Error);
            _notice = null;
        }
        finally
        {
            _busy = false;
            Reload();
        }
    }

    private async Task OnToggleActiveAsync(Officer officer)
    {
        if (_confirmToggle != officer.Id)
        {
            _confirmToggle = officer.Id;
            return;
        }

        _confirmToggle = null;
        await ChangeAsync(async () =>
        {
            var changed = Officers.SetActive(await ActorAsync(), officer.Id, !officer.Active);
            return Labels.Format(changed.Active ? PeopleText.WasEnabled : PeopleText.WasDisabled, changed.UserName);
        });
    }

    private void OnStartReset(Officer officer)
    {
        _resetting = officer.Id;
        _newPassword = null;
        _rowError = null;
    }

    private void OnCancelReset()
    {
        _resetting = null;
        _newPassword = null;
    }

    private async Task OnSavePasswordAsync(Officer officer)
    {
        await ChangeAsync(async () =>
        {
            var changed = Officers.ResetPassword(await ActorAsync(), officer.Id, _newPassword ?? string.Empty);
            _resetting = null;
            _newPassword = null;
            return Labels.Format(PeopleText.PasswordWasReset, changed.UserName);
        });
    }

    private async Task ChangeAsync(Func<Task<string>> change)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _notice = await change();
            _rowError = null;
        }
        catch (OfficerAdminException refusal)
        {
            _rowError = Refusal(refusal.Error);
            _notice = null;
        }
        finally
        {
            _busy = false;
            Reload();
        }
    }

    // Read fresh before each change: a person disabled a moment ago in another tab acts no more.
    private async Task<Officer> ActorAsync()
    {
        _actor = await Current.GetAsync();
        return _actor ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
    }

    private void Reload() => _officers = _actor is null ? [] : Officers.Visible(_actor);

    private string ToggleLabel(Officer officer)
    {
        var label = officer.Active ? PeopleText.ActionDisable : PeopleText.ActionEnable;
        return _confirmToggle == officer.Id ? Labels.Format(PeopleText.ActionConfirm, label) : label;
    }

    private string AgencyName(string? agencyId) =>
        agencyId is null ? PeopleText.AgencyWholeMpp
        : Engine.Catalog.Agencies.TryGetValue(agencyId, out var agency) ? agency.Name : agencyId;

    public static string RoleName(OfficerRole role) => role switch
    {
        OfficerRole.Admin => PeopleText.RoleAdmin,
        OfficerRole.Supervisor => PeopleText.RoleSupervisor,
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
        _ => PeopleText.Error_NotAllowed,
    };
}
