using Microsoft.AspNetCore.DataProtection;
using MppQueue.Storage;

namespace MppQueue.Server.Hosting;

public static class DataProtectionSetup
{
    /// <summary>
    /// Keeps the keys that sign cookies and antiforgery tokens in a "keys" folder beside the data file. A service
    /// account has no home folder, so without this the keys live in memory and every restart signs every officer out.
    /// </summary>
    public static IServiceCollection AddKeysBesideData(this IServiceCollection services, string dataPath)
    {
        var protection = services.AddDataProtection();
        var folder = Path.GetDirectoryName(dataPath);
        if (dataPath != LiteQueueStore.InMemory && !string.IsNullOrEmpty(folder))
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(folder, "keys")));
        }

        return services;
    }
}
