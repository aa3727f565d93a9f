namespace MppQueue.Ui;

/// <summary>The claims of a signed-in account beyond the standard name, id and role claims.</summary>
public static class MppClaims
{
    /// <summary>The agency an account belongs to; absent for an MPP-wide supervisor or admin.</summary>
    public const string AgencyId = "mpp:agency";

    /// <summary>The site-local day (yyyy-MM-dd) the person signed in on; the session ends when that day does.</summary>
    public const string Day = "mpp:day";
}
