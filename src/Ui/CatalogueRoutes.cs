namespace MppQueue.Ui;

/// <summary>
/// The public service catalogue's addresses (the pages live in the kiosk area, what a visitor touches), here so
/// that the landing page, the administration and the kiosk link them without knowing that area.
/// </summary>
public static class CatalogueRoutes
{
    public const string Catalogue = "/layanan";

    public const string QueryParameter = "q";

    /// <summary>The catalogue with a search typed in.</summary>
    public static string Search(string query) => Catalogue + "?" + QueryParameter + "=" + Uri.EscapeDataString(query);

    /// <summary>One service's page: its standard and today's status.</summary>
    public static string Service(string serviceId) => Catalogue + "/" + Uri.EscapeDataString(serviceId);
}
