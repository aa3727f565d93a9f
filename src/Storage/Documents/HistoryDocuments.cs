using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// A <see cref="HistoryBatch"/> in the stored shape, as both stores write it: the same documents, one mapping. The
/// tickets' counters are derived from the tickets by each store (a collection of documents on LiteDB, a typed table on
/// PostgreSQL).
/// </summary>
internal sealed record HistoryDocuments(
    List<TicketDocument> Tickets,
    List<OfficerDocument> Officers,
    List<BookingDocument> Bookings,
    List<AuditDocument> Audit,
    List<DeskStateDocument> DeskStates,
    List<SurveyResponseDocument> Responses,
    List<RollupDayDocument> RollupDays,
    List<DailyRollupDocument> RollupRows)
{
    public static HistoryDocuments From(HistoryBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new(
            [.. batch.Tickets.Select(TicketDocument.From)],
            [.. batch.Officers.Select(OfficerDocument.From)],
            [.. batch.Bookings.Select(BookingDocument.From)],
            [.. batch.Audit.Select(AuditDocument.From)],
            [.. batch.DeskStates.Select(DeskStateDocument.From)],
            [.. batch.Responses.Select(SurveyResponseDocument.From)],
            [.. batch.Rollups.Select(RollupDayDocument.From)],
            [.. batch.Rollups.SelectMany(d => d.Rows).Select(DailyRollupDocument.From)]);
    }
}
