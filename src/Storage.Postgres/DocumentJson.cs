namespace MppQueue.Storage.Postgres;

/// <summary>A document as JSON text, passed to PostgreSQL as jsonb.</summary>
internal readonly record struct DocumentJson(string Text);
