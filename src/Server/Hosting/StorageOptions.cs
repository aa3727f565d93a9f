namespace MppQueue.Server.Hosting;

/// <summary>The "MppQueue:Storage" configuration section: which database holds the data.</summary>
public sealed class StorageOptions
{
    public const string Section = MppQueueOptions.Section + ":Storage";

    /// <summary>
    /// <see cref="StorageProvider.LiteDb"/> (the default: one file at MppQueue:DataPath) or
    /// <see cref="StorageProvider.PostgreSql"/> (a PostgreSQL database at <see cref="ConnectionString"/>).
    /// </summary>
    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>
    /// The PostgreSQL database as an Npgsql connection string, e.g.
    /// "Host=127.0.0.1;Database=mppqueue;Username=mppqueue;Password=..."; required for PostgreSql, unused otherwise.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The PostgreSQL connection string, or a refusal that names the setting (for a store asked for before the start's checks).</summary>
    public string PostgresConnectionString() => Problem() is { } problem
        ? throw new InvalidOperationException(problem)
        : ConnectionString ?? throw new InvalidOperationException($"{Section}:ConnectionString is not set.");

    /// <summary>Why the settings cannot be used, naming the setting; null when they can.</summary>
    public string? Problem()
    {
        if (!Enum.IsDefined(Provider))
        {
            return $"{Section}:Provider must be LiteDb or PostgreSql.";
        }

        if (Provider != StorageProvider.PostgreSql)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return $"{Section}:ConnectionString must be set while {Section}:Provider is PostgreSql (e.g. \"Host=127.0.0.1;Database=mppqueue;Username=mppqueue;Password=...\").";
        }

        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"{Section}:ConnectionString is not a valid PostgreSQL connection string: {e.Message}";
        }
    }
}
