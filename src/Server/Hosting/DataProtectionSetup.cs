using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using MppQueue.Storage;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Hosting;

public static class DataProtectionSetup
{
    /// <summary>
    /// The application name every node of an installation on PostgreSQL protects with: by default ASP.NET Core takes
    /// the content root's path, and two nodes installed in different folders could not read each other's cookies.
    /// </summary>
    public const string ApplicationName = "MppQueue";

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

    /// <summary>
    /// On PostgreSQL: the keys in the database (<see cref="DatabaseXmlRepository"/>) under one application name, so that
    /// a sign-in on one node is valid on every other node behind the load balancer (docs/deploy.md).
    /// </summary>
    public static IServiceCollection AddKeysInDatabase(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToPostgres();
        services.AddHostedService<FirstSharedKey>();
        return services;
    }

    /// <summary>Keeps the key ring in the PostgreSQL database registered by <c>AddPostgresStorage</c>.</summary>
    public static IDataProtectionBuilder PersistKeysToPostgres(this IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<PostgresSharedKeys>())));
        return builder;
    }
}
