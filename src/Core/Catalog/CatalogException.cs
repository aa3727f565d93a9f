namespace MppQueue.Core;

/// <summary>A refused configuration change. <see cref="Exception.Message"/> is English; show <see cref="CatalogError.Describe"/> to people.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException(CatalogError error)
        : base(error?.Describe(System.Globalization.CultureInfo.GetCultureInfo("en")))
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public CatalogException()
        : this(new CatalogError(CatalogErrorCode.NotFound, "item"))
    {
    }

    public CatalogException(string message)
        : base(message)
    {
        Error = new CatalogError(CatalogErrorCode.NotFound, "item", message);
    }

    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new CatalogError(CatalogErrorCode.NotFound, "item", message);
    }

    public CatalogError Error { get; }

    public CatalogErrorCode Code => Error.Code;

    public string Field => Error.Field;
}
