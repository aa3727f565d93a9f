using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.CollectionNames;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IHistoryStore"/> on a <see cref="LiteFile"/>: a batch of finished days written in one transaction and
/// one checkpoint (ADR 2) across the collections of several ports (accounts, tickets and their counters, bookings, the
/// audit trail, desk states, survey responses, rollups), so that the demo MPP's four weeks cost one durable write on
/// the first start instead of tens of thousands (docs/demo.md). The indexes the survey and rollup collections need
/// are ensured before the transaction, as their own stores do on first use.
/// </summary>
public sealed class LiteHistoryStore(LiteFile file, LiteTicketStore tickets) : IHistoryStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));
    private readonly LiteTicketStore _tickets = tickets ?? throw new ArgumentNullException(nameof(tickets));

    public void ImportHistory(HistoryBatch batch)
    {
        var (ticketDocuments, officers, bookings, audit, desks, responses, marks, rows) = HistoryDocuments.From(batch);
        var counters = ticketDocuments
            .GroupBy(d => StorageFormat.CounterKey(StorageFormat.FromDay(d.ServiceDate), d.Prefix), StringComparer.Ordinal)
            .Select(g => new CounterDocument { Id = g.Key, ServiceDate = g.First().ServiceDate, Prefix = g.First().Prefix, LastSequence = g.Max(d => d.Sequence) })
            .ToList();

        LiteSurveyStore.EnsureIndexes(_file);
        LiteReportStore.EnsureIndexes(_file);
        _file.Write(() =>
        {
            var stored = _file.Collection<TicketDocument>(Tickets);
            if (stored.Count() > 0)
            {
                throw new InvalidOperationException("The store already holds tickets: a history is written only into a store without any.");
            }

            if (officers.Count > 0)
            {
                _file.Collection<OfficerDocument>(Officers).Upsert(officers);
                _tickets.ForgetOfficers();
            }

            Insert(stored, ticketDocuments);
            _file.Collection<CounterDocument>(Counters).Upsert(counters);
            _file.Collection<BookingDocument>(Bookings).Upsert(bookings);
            Insert(_file.Collection<AuditDocument>(Audit), audit);
            _file.Collection<DeskStateDocument>(DeskStates).Upsert(desks);
            Insert(_file.Collection<SurveyResponseDocument>(SurveyResponses), responses);
            var dailyRows = _file.Collection<DailyRollupDocument>(DailyRollups);
            dailyRows.DeleteMany(LiteWhere.Between(nameof(DailyRollupDocument.Day), StorageFormat.ToDay(batch.FirstDay), StorageFormat.ToDay(batch.LastDay)));
            Insert(dailyRows, rows);
            _file.Collection<RollupDayDocument>(RollupDays).Upsert(marks);
        });
    }

    private static void Insert<T>(ILiteCollection<T> collection, List<T> documents)
    {
        if (documents.Count > 0)
        {
            collection.InsertBulk(documents);
        }
    }
}
