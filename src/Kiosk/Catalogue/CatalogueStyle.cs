namespace MppQueue.Kiosk.Catalogue;

/// <summary>The catalogue's stylesheet (catalogue.css, embedded), read once and written into every catalogue page.</summary>
public static class CatalogueStyle
{
    private static readonly Lazy<string> _css = new(() =>
    {
        using var stream = typeof(CatalogueStyle).Assembly.GetManifestResourceStream("MppQueue.Kiosk.Catalogue.catalogue.css")
            ?? throw new InvalidOperationException("catalogue.css is not embedded in the kiosk area.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Css => _css.Value;
}
