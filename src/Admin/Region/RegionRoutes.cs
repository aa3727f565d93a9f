namespace MppQueue.Admin.Region;

/// <summary>The addresses of the regional view (docs/command-center.md, "The regional view").</summary>
public static class RegionRoutes
{
    public const string Command = Ui.AccountRoutes.RegionHome;

    public const string Reports = "/region/reports";

    public const string CsvPath = "/region/reports/export.csv";

    public const string XlsxPath = "/region/reports/export.xlsx";
}
