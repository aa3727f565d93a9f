using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>The desks' states (written with their moves' journal entries) and the audit trail.</summary>
public sealed partial class PostgresTicketStore
{
    public IReadOnlyList<DeskState> LoadDeskStates() => _database.Read(connection =>
        Documents<DeskStateDocument>(connection, "SELECT doc FROM desk_states ORDER BY desk_id").ConvertAll(d => d.ToDeskState()));

    public void SaveDeskState(DeskState state, IReadOnlyList<JournalEntry>? journal = null)
    {
        var document = DeskStateDocument.From(state ?? throw new ArgumentNullException(nameof(state)));
        _database.WriteAtOnce(batch =>
        {
            UpsertDeskState(batch, document);
            PostgresJournalStore.Append(batch, _database, journal);
        });
    }

    public void AppendAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = AuditDocument.From(entry);
        _database.WriteAtOnce(batch => batch.Add("INSERT INTO audit (id, at_utc_ticks, doc) VALUES ($1, $2, $3)", document.Id, document.AtUtcTicks, ToJson(document)));
    }

    public IReadOnlyList<AuditEntry> LoadAudit(DateTimeOffset fromUtc, DateTimeOffset toUtc) => _database.Read(connection =>
        Documents<AuditDocument>(
            connection,
            "SELECT doc FROM audit WHERE at_utc_ticks >= $1 AND at_utc_ticks < $2 ORDER BY at_utc_ticks, position",
            fromUtc.UtcTicks,
            toUtc.UtcTicks).ConvertAll(d => d.ToAuditEntry()));
}
