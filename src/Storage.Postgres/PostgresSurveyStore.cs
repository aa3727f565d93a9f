using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="ISurveyStore"/> on PostgreSQL: one answer per ticket, kept by the unique ticket column.</summary>
public sealed class PostgresSurveyStore(PostgresDatabase database) : ISurveyStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public bool TryAddResponse(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var document = SurveyResponseDocument.From(response);

        // A second answer for the ticket (or a repeated id) is refused by the unique keys, not by a read before.
        return _database.Write(connection => Execute(
            connection,
            "INSERT INTO survey_responses (id, ticket_id, service_day, doc) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            document.Id,
            document.TicketId,
            document.ServiceDate,
            ToJson(document)) == 1);
    }

    public IReadOnlyList<SurveyResponse> LoadResponses(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        return _database.Read(connection => Documents<SurveyResponseDocument>(
                connection,
                "SELECT doc FROM survey_responses WHERE service_day BETWEEN $1 AND $2",
                StorageFormat.ToDay(firstDay),
                StorageFormat.ToDay(lastDay)))
            .Select(d => d.ToResponse())
            .OrderBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    public bool HasResponse(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        return _database.Read(connection => Scalar<bool>(connection, "SELECT EXISTS (SELECT 1 FROM survey_responses WHERE ticket_id = $1)", ticketId));
    }
}
