using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Hosting;

/// <summary>
/// Data protection's key elements in the PostgreSQL database, so that every node of an installation signs and reads
/// cookies and antiforgery tokens with the same keys (registered by <see cref="DataProtectionSetup.PersistKeysToPostgres"/>).
/// </summary>
public sealed class DatabaseXmlRepository(PostgresSharedKeys keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.ReadKeys().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);

        // The key manager names each element after its key id; an unnamed one still needs a unique row.
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        keys.StoreKey(name, element.ToString(SaveOptions.DisableFormatting));
    }
}
