using MppQueue.Core;
using MppQueue.Storage.Documents;
using Npgsql;
using NpgsqlTypes;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IHistoryStore"/> on PostgreSQL: a whole history (the demo's four weeks, an import) in one transaction,
/// the many rows by binary COPY; refused when the store already holds a ticket.
/// </summary>
public sealed class PostgresHistoryStore(PostgresDatabase database, PostgresTicketStore tickets) : IHistoryStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly PostgresTicketStore _tickets = tickets ?? throw new ArgumentNullException(nameof(tickets));

    public void ImportHistory(HistoryBatch batch)
    {
        var (tickets, officers, bookings, audit, desks, responses, marks, rows) = HistoryDocuments.From(batch);
        var counters = tickets
            .GroupBy(d => (d.ServiceDate, d.Prefix))
            .Select(g => (g.Key.ServiceDate, g.Key.Prefix, Last: g.Max(d => d.Sequence)))
            .ToList();

        _database.Write(connection =>
        {
            // The lock on the table keeps a ticket issued meanwhile from slipping in between the check and the import.
            Execute(connection, "LOCK TABLE tickets IN SHARE ROW EXCLUSIVE MODE");
            if (Scalar<bool>(connection, "SELECT EXISTS (SELECT 1 FROM tickets)"))
            {
                throw new InvalidOperationException("The store already holds tickets: a history is written only into a store without any.");
            }

            foreach (var officer in officers)
            {
                PostgresTicketStore.Upsert(connection, "officers", officer.Id, ToJson(officer));
            }

            Copy(connection, "COPY tickets (id, token, service_day, last_sequence, doc) FROM STDIN (FORMAT BINARY)", tickets, (import, d) =>
            {
                import.Write(d.Id, NpgsqlDbType.Text);
                import.Write(d.Token, NpgsqlDbType.Text);
                import.Write(d.ServiceDate, NpgsqlDbType.Integer);
                import.Write(d.LastSequence, NpgsqlDbType.Bigint);
                import.Write(ToJson(d).Text, NpgsqlDbType.Jsonb);
            });
            using (var batch = new PostgresBatch(connection))
            {
                foreach (var (day, prefix, last) in counters)
                {
                    PostgresTicketStore.RaiseCounter(batch, day, prefix, last);
                }

                foreach (var booking in bookings)
                {
                    PostgresTicketStore.UpsertBooking(batch, booking);
                }

                batch.Run();
            }

            Copy(connection, "COPY audit (id, at_utc_ticks, doc) FROM STDIN (FORMAT BINARY)", audit, (import, d) =>
            {
                import.Write(d.Id, NpgsqlDbType.Text);
                import.Write(d.AtUtcTicks, NpgsqlDbType.Bigint);
                import.Write(ToJson(d).Text, NpgsqlDbType.Jsonb);
            });
            using (var batch = new PostgresBatch(connection))
            {
                foreach (var desk in desks)
                {
                    PostgresTicketStore.UpsertDeskState(batch, desk);
                }

                batch.Run();
            }

            Copy(connection, "COPY survey_responses (id, ticket_id, service_day, doc) FROM STDIN (FORMAT BINARY)", responses, (import, d) =>
            {
                import.Write(d.Id, NpgsqlDbType.Text);
                import.Write(d.TicketId, NpgsqlDbType.Text);
                import.Write(d.ServiceDate, NpgsqlDbType.Integer);
                import.Write(ToJson(d).Text, NpgsqlDbType.Jsonb);
            });
            Execute(
                connection,
                "DELETE FROM rollup_rows WHERE day BETWEEN $1 AND $2",
                StorageFormat.ToDay(batch.FirstDay),
                StorageFormat.ToDay(batch.LastDay));
            PostgresReportStore.InsertRows(connection, rows);
            foreach (var mark in marks)
            {
                PostgresReportStore.UpsertDay(connection, mark);
            }
        });

        if (officers.Count > 0)
        {
            _tickets.OfficersSaved();
        }
    }

    private static void Copy<T>(NpgsqlConnection connection, string copy, List<T> documents, Action<NpgsqlBinaryImporter, T> write)
    {
        if (documents.Count == 0)
        {
            return;
        }

        using var import = connection.BeginBinaryImport(copy);
        foreach (var document in documents)
        {
            import.StartRow();
            write(import, document);
        }

        import.Complete();
    }
}
