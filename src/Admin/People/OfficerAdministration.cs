using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// Creates, disables, enables and resets the passwords of accounts, within what the acting person may touch:
/// an admin manages every account; a supervisor manages officers only (of their own agency when they are
/// agency-scoped) and creates no supervisors, admins or regional accounts; only an admin gives a regional account
/// its sites, among those this node reads (<see cref="RegionReader.Sites"/>). Nobody disables themselves, and the last active admin
/// stays. Every change is written to the audit log with its actor; a password never is.
/// </summary>
/// <remarks>
/// Disabling or a new password ends the account's open sessions: the cookie is checked against the store on
/// every request and a live page re-checks every few minutes (SessionValidator), and each move re-reads the
/// account (CurrentOfficer). One lock makes "is this user name free?" and the save one step, so two people
/// creating the same name at once get one account and one refusal.
/// </remarks>
public sealed class OfficerAdministration(IQueueStore store, QueueEngine engine, IPasswordHasher<Officer> hasher, TimeProvider time, RegionReader? region = null)
{
    public const int MinUserNameLength = 3;
    public const int MaxUserNameLength = 40;
    public const int MaxDisplayNameLength = 80;
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;

    // No 0/O, 1/l/I: a generated password is read off the screen and typed by someone else.
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly Lock _gate = new();

    /// <summary>The accounts the person may see: their agency's for an agency-scoped supervisor, every account otherwise.</summary>
    public IReadOnlyList<Officer> Visible(Officer actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            OfficerRole.Admin => store.LoadOfficers(),
            OfficerRole.Supervisor when actor.AgencyId is null => store.LoadOfficers(),
            OfficerRole.Supervisor => [.. store.LoadOfficers().Where(o => o.AgencyId == actor.AgencyId)],
            _ => [],
        };
    }

    /// <summary>The roles the person may give a new account.</summary>
    public static IReadOnlyList<OfficerRole> RolesFor(Officer actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            OfficerRole.Admin => [OfficerRole.Officer, OfficerRole.Supervisor, OfficerRole.Admin, OfficerRole.Regional],
            OfficerRole.Supervisor => [OfficerRole.Officer],
            _ => [],
        };
    }

    /// <summary>Whether the person may disable, enable or reset the password of this account.</summary>
    public static bool MayManage(Officer actor, Officer target)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        return actor.Role switch
        {
            OfficerRole.Admin => true,
            OfficerRole.Supervisor => target.Role == OfficerRole.Officer && (actor.AgencyId is null || actor.AgencyId == target.AgencyId),
            _ => false,
        };
    }

    /// <summary>A password to hand over, typed easily: 14 characters from an unambiguous alphabet (about 80 bits).</summary>
    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 14);

    public Officer Create(Officer actor, NewOfficer request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userName = ValidUserName(request.UserName);
        var displayName = ValidDisplayName(request.DisplayName);
        var password = ValidPassword(request.Password);
        var agencyId = string.IsNullOrWhiteSpace(request.AgencyId) ? null : request.AgencyId.Trim();
        if (!Enum.IsDefined(request.Role))
        {
            throw Refuse(OfficerAdminError.NotAllowed, "Unknown role.");
        }

        if (agencyId is not null && !engine.Catalog.Agencies.ContainsKey(agencyId))
        {
            throw Refuse(OfficerAdminError.UnknownAgency, "Unknown agency.");
        }

        if (request.Role == OfficerRole.Officer && agencyId is null)
        {
            throw Refuse(OfficerAdminError.AgencyMissing, "An officer works at the desks of one agency.");
        }

        // A regional account belongs to no agency of this site; only it is given sites.
        var sites = request.Role == OfficerRole.Regional ? ValidSites(request.RegionSites ?? []) : [];
        if (request.Role == OfficerRole.Regional)
        {
            agencyId = null;
        }
        else if (request.RegionSites is { Count: > 0 })
        {
            throw Refuse(OfficerAdminError.NotRegional, "Only a regional account is given sites.");
        }

        lock (_gate)
        {
            var acting = Acting(actor);
            var officer = new Officer
            {
                Id = Tokens.NewId(),
                UserName = userName,
                DisplayName = displayName,
                Role = request.Role,
                AgencyId = agencyId,
                RegionSites = sites,
            };
            if (!RolesFor(acting).Contains(request.Role) || !MayManage(acting, officer))
            {
                throw Refuse(OfficerAdminError.NotAllowed, "This account may not create that account.");
            }

            if (store.LoadOfficers().Any(o => string.Equals(o.UserName, userName, StringComparison.OrdinalIgnoreCase)))
            {
                throw Refuse(OfficerAdminError.UserNameTaken, "The user name is taken.");
            }

            officer = officer with { PasswordHash = hasher.HashPassword(officer, password) };
            store.SaveOfficer(officer);
            Audit(acting, AuditActions.OfficerCreated, officer, Describe(officer));
            return officer;
        }
    }

    /// <summary>Disables or enables an account. Disabling ends its open sessions (see the remarks).</summary>
    public Officer SetActive(Officer actor, string officerId, bool active)
    {
        lock (_gate)
        {
            var acting = Acting(actor);
            var target = Target(acting, officerId);
            if (target.Active == active)
            {
                return target;
            }

            // The last admin first: an only admin disabling themselves learns the reason that outlasts the other.
            if (!active && target.Role == OfficerRole.Admin
                && !store.LoadOfficers().Any(o => o.Id != target.Id && o.Active && o.Role == OfficerRole.Admin))
            {
                throw Refuse(OfficerAdminError.LastAdmin, "The last active admin stays active.");
            }

            if (!active && target.Id == acting.Id)
            {
                throw Refuse(OfficerAdminError.DisableSelf, "Nobody disables their own account.");
            }

            var changed = target with { Active = active };
            store.SaveOfficer(changed);
            Audit(acting, active ? AuditActions.OfficerEnabled : AuditActions.OfficerDisabled, changed, Describe(changed));
            return changed;
        }
    }

    /// <summary>Sets a new password; the account's open sessions end, as with any password change.</summary>
    public Officer ResetPassword(Officer actor, string officerId, string newPassword)
    {
        var password = ValidPassword(newPassword);
        lock (_gate)
        {
            var acting = Acting(actor);
            var target = Target(acting, officerId);
            var changed = target with { PasswordHash = hasher.HashPassword(target, password) };
            store.SaveOfficer(changed);
            Audit(acting, AuditActions.OfficerPasswordReset, changed, Describe(changed));
            return changed;
        }
    }

    /// <summary>Gives a regional account its sites (replacing those it had); admins only, audited.</summary>
    public Officer SetRegionSites(Officer actor, string officerId, IReadOnlyCollection<string> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var given = ValidSites(sites);
        lock (_gate)
        {
            var acting = Acting(actor);
            var target = Target(acting, officerId);
            if (acting.Role != OfficerRole.Admin)
            {
                throw Refuse(OfficerAdminError.NotAllowed, "Only an admin gives a regional account its sites.");
            }

            if (target.Role != OfficerRole.Regional)
            {
                throw Refuse(OfficerAdminError.NotRegional, "Only a regional account is given sites.");
            }

            var changed = target with { RegionSites = given };
            store.SaveOfficer(changed);
            Audit(acting, AuditActions.OfficerRegionSitesChanged, changed, Describe(changed));
            return changed;
        }
    }

    // The configured sites among those given, in the configured order; a site this node does not read is refused.
    private IReadOnlyList<string> ValidSites(IEnumerable<string> sites)
    {
        var configured = region?.Sites ?? [];
        var given = sites.Select(s => s?.Trim() ?? string.Empty).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (given.FirstOrDefault(s => !configured.Contains(s)) is { } unknown)
        {
            throw Refuse(OfficerAdminError.UnknownRegionSite, "This node reads no site " + unknown + ".");
        }

        return [.. configured.Where(given.Contains)];
    }

    // The actor as stored now: an account disabled or demoted a moment ago cannot act on what its page still shows.
    private Officer Acting(Officer? actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var stored = store.LoadOfficers().FirstOrDefault(o => o.Id == actor.Id);
        return stored is { Active: true, Role: OfficerRole.Admin or OfficerRole.Supervisor }
            ? stored
            : throw Refuse(OfficerAdminError.NotAllowed, "Only an active supervisor or admin manages accounts.");
    }

    private Officer Target(Officer acting, string? officerId)
    {
        var target = store.LoadOfficers().FirstOrDefault(o => o.Id == officerId);
        if (target is null || !Visible(acting).Any(o => o.Id == target.Id))
        {
            // Accounts outside the person's scope read as unknown: their existence is not theirs to learn.
            throw Refuse(OfficerAdminError.UnknownOfficer, "Unknown account.");
        }

        return MayManage(acting, target) ? target : throw Refuse(OfficerAdminError.NotAllowed, "This account may not change that account.");
    }

    private void Audit(Officer actor, string action, Officer subject, string detail) =>
        store.AppendAudit(new AuditEntry(Tokens.NewId(), time.GetUtcNow(), actor.Id, action, subject.Id, detail));

    // User name, role and agency (a regional account's sites): never the password or its hash.
    private static string Describe(Officer officer) =>
        officer.UserName + " (" + officer.Role + (officer.AgencyId is { } agency ? ", " + agency : string.Empty) + ")"
        + (officer.RegionSites.Count > 0 ? ": " + string.Join(", ", officer.RegionSites) : string.Empty);

    private static string ValidUserName(string? value)
    {
        var name = value?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            throw Refuse(OfficerAdminError.UserNameMissing, "A user name is needed.");
        }

        if (name.Length > MaxUserNameLength)
        {
            throw Refuse(OfficerAdminError.UserNameTooLong, $"A user name has at most {MaxUserNameLength} characters.");
        }

        return name.Length >= MinUserNameLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? name
            : throw Refuse(OfficerAdminError.UserNameInvalid, "A user name has 3 or more letters, digits, dots, hyphens or underscores.");
    }

    private static string ValidDisplayName(string? value)
    {
        var name = new string((value ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            throw Refuse(OfficerAdminError.DisplayNameMissing, "A display name is needed.");
        }

        return name.Length > MaxDisplayNameLength
            ? throw Refuse(OfficerAdminError.DisplayNameTooLong, $"A display name has at most {MaxDisplayNameLength} characters.")
            : name;
    }

    private static string ValidPassword(string? value)
    {
        var password = value ?? string.Empty;
        if (password.Trim().Length < MinPasswordLength)
        {
            throw Refuse(OfficerAdminError.PasswordTooShort, $"A password has at least {MinPasswordLength} characters.");
        }

        return password.Length > MaxPasswordLength
            ? throw Refuse(OfficerAdminError.PasswordTooLong, $"A password has at most {MaxPasswordLength} characters.")
            : password;
    }

    private static OfficerAdminException Refuse(OfficerAdminError error, string message) => new(error, message);
}
