namespace MppQueue.Admin.People;

/// <summary>Why a change to an account was refused; the page shows its own sentence for each.</summary>
public enum OfficerAdminError
{
    UserNameMissing,
    UserNameTooLong,
    UserNameInvalid,
    UserNameTaken,
    DisplayNameMissing,
    DisplayNameTooLong,
    AgencyMissing,
    UnknownAgency,
    PasswordTooShort,
    PasswordTooLong,
    NotAllowed,
    UnknownOfficer,
    DisableSelf,
    LastAdmin,

    /// <summary>A regional account was given a site this node does not read.</summary>
    UnknownRegionSite,

    /// <summary>Sites were given to an account that is not regional.</summary>
    NotRegional,
}
