namespace MppQueue.Admin.Components.Config;

/// <summary>The addresses of the forms behind the configuration lists (the lists are in <see cref="AdminRoutes"/>).</summary>
public static class ConfigRoutes
{
    public const string NewId = "new";

    public static string Service(string id) => AdminRoutes.Services + "/" + Uri.EscapeDataString(id);

    public static string Desk(string id) => AdminRoutes.Desks + "/" + Uri.EscapeDataString(id);
}
