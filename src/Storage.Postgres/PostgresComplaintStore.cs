using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="IComplaintStore"/> on PostgreSQL: one complaint per ticket (a unique column), and each agency's channel.</summary>
public sealed class PostgresComplaintStore(PostgresDatabase database) : IComplaintStore
{
    private const string Upsert = """
        INSERT INTO complaints (id, ticket_id, state, agency_id, submitted_at_utc_ticks, doc) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (id) DO UPDATE SET ticket_id = EXCLUDED.ticket_id, state = EXCLUDED.state, agency_id = EXCLUDED.agency_id,
            submitted_at_utc_ticks = EXCLUDED.submitted_at_utc_ticks, doc = EXCLUDED.doc
        """;

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public bool TryAddComplaint(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var d = ComplaintDocument.From(complaint);
        return _database.Write(connection => Execute(
            connection,
            "INSERT INTO complaints (id, ticket_id, state, agency_id, submitted_at_utc_ticks, doc) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            d.Id,
            d.TicketId,
            d.State,
            d.AgencyId,
            d.SubmittedAtUtcTicks,
            ToJson(d)) == 1);
    }

    public void SaveComplaint(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var d = ComplaintDocument.From(complaint);
        _database.Write(connection => Execute(connection, Upsert, d.Id, d.TicketId, d.State, d.AgencyId, d.SubmittedAtUtcTicks, ToJson(d)));
    }

    public Complaint? FindComplaint(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _database.Read(connection => Document<ComplaintDocument>(connection, "SELECT doc FROM complaints WHERE id = $1", id))?.ToComplaint();
    }

    public Complaint? FindComplaintOfTicket(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        return _database.Read(connection => Document<ComplaintDocument>(connection, "SELECT doc FROM complaints WHERE ticket_id = $1", ticketId))?.ToComplaint();
    }

    public IReadOnlyList<Complaint> LoadWaitingComplaints() => _database.Read(connection => Documents<ComplaintDocument>(
            connection,
            "SELECT doc FROM complaints WHERE state = $1",
            StorageFormat.ToName(ComplaintState.Waiting)))
        .Select(d => d.ToComplaint())
        .OrderBy(c => c.SubmittedAt)
        .ToList();

    public IReadOnlyList<Complaint> LoadComplaints(string? agencyId, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        return _database.Read(connection => agencyId is null
            ? Documents<ComplaintDocument>(connection, "SELECT doc FROM complaints ORDER BY submitted_at_utc_ticks DESC LIMIT $1", max)
            : Documents<ComplaintDocument>(connection, "SELECT doc FROM complaints WHERE agency_id = $1 ORDER BY submitted_at_utc_ticks DESC LIMIT $2", agencyId, max))
            .ConvertAll(d => d.ToComplaint());
    }

    public ComplaintChannel? FindComplaintChannel(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        return _database.Read(connection =>
            Document<ComplaintChannelDocument>(connection, "SELECT doc FROM complaint_channels WHERE agency_id = $1", agencyId))?.ToChannel();
    }

    public void SaveComplaintChannel(ComplaintChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var document = ComplaintChannelDocument.From(channel);
        _database.Write(connection => Execute(
            connection,
            "INSERT INTO complaint_channels (agency_id, doc) VALUES ($1, $2) ON CONFLICT (agency_id) DO UPDATE SET doc = EXCLUDED.doc",
            document.Id,
            ToJson(document)));
    }

    public void DeleteComplaintChannel(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        _database.Write(connection => Execute(connection, "DELETE FROM complaint_channels WHERE agency_id = $1", agencyId));
    }
}
