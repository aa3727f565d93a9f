namespace MppQueue.Admin;

/// <summary>The addresses of the administration area: configuration, reports, the Command Center, audit and backup.</summary>
public static class AdminRoutes
{
    public const string Home = "/admin";

    public const string Site = "/admin/site";

    public const string Zones = "/admin/zones";

    public const string Agencies = "/admin/agencies";

    public const string Services = "/admin/services";

    public const string Desks = "/admin/desks";

    public const string Holidays = "/admin/holidays";

    public const string Officers = "/admin/officers";

    public const string Devices = "/admin/devices";

    public const string ApiClients = "/admin/api-clients";

    public const string Webhooks = "/admin/webhooks";

    public const string Audit = "/admin/audit";

    public const string Complaints = "/admin/complaints";

    public const string Backup = "/admin/backup";

    public const string Reports = "/reports";

    public const string Ikm = "/reports/ikm";

    public const string Staff = "/reports/staff";

    public const string Command = "/command";
}
