namespace MppQueue.Ui;

/// <summary>
/// The authorization policies every area may name in <c>[Authorize(Policy = ...)]</c>; the host registers them
/// (MppQueue.Server.Auth.AuthPolicies). Kept here so that an area needs no reference to the host.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in, active account (officer, supervisor or admin).</summary>
    public const string Officer = "Officer";

    /// <summary>A supervisor (of one agency or of the whole MPP) or an admin.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>An admin only.</summary>
    public const string Admin = "Admin";

    /// <summary>
    /// A signed-in account that may work at the desk named by the page's <c>DeskId</c> route value: an officer of
    /// the desk's agency, or an admin or MPP-wide supervisor.
    /// </summary>
    public const string Desk = "Desk";

    /// <summary>A regional account: the regional view of the sites it is given, and nothing else of the hosting site.</summary>
    public const string Regional = "Regional";
}
