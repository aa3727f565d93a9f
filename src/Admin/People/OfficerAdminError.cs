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
}
