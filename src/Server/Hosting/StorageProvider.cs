namespace MppQueue.Server.Hosting;

/// <summary>The database behind Core's ports (MppQueue:Storage:Provider).</summary>
public enum StorageProvider
{
    /// <summary>The embedded LiteDB file (the default; one MPP on one PC).</summary>
    LiteDb,

    /// <summary>A PostgreSQL server (docs/deploy.md, docs/adr/0021-postgresql-store.md).</summary>
    PostgreSql,
}
